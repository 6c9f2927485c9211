import {type IsoDate, type Period, dayNumber} from '../dates.js';
import {isCostError} from '../errors.js';
import {periodFromInclusive, resolvePreset} from '../presets.js';
import type {Granularity} from '../query.js';

export type PeriodEntry = {readonly ok: true; readonly period: Period} | {readonly ok: false; readonly message: string};

/**
 * What the `:` prompt reads: inclusive dates `2026-09-01..2026-09-30` (as
 * `--from/--to`) or anything `--range` takes (`last-month`, `2026-09`,
 * `2026-Q3`); a bad entry is the CLI's own one-line message.
 */
export function parsePeriodEntry(text: string, today: IsoDate): PeriodEntry {
	const entry = text.trim();
	try {
		const dates = /^(.*?)\s*\.\.\s*(.*)$/.exec(entry);
		if (dates !== null) return {ok: true, period: periodFromInclusive(dates[1]!, dates[2]!)};
		if (entry === '') return {ok: false, message: 'Type a range (last-month, 2026-09, 2026-Q3) or dates (2026-09-01..2026-09-30).'};
		return {ok: true, period: resolvePreset(entry, today)};
	} catch (error) {
		if (isCostError(error) && error.kind === 'bad-input') return {ok: false, message: asCliMessage(error.message, entry)};
		throw error;
	}
}

// The preset messages are the CLI's `--range` ones; the dates' are already `--from`/`--to`.
const asCliMessage = (message: string, entry: string): string => (entry.includes('..') ? message : `--range: ${message}`);

/** Like the presets: longer than about two months reads month by month, shorter ones by day (or hour where chosen). */
export function periodEntryGranularity(period: Period, current: Granularity): Granularity {
	if (dayNumber(period.end) - dayNumber(period.start) > 62) return 'MONTHLY';
	return current === 'MONTHLY' ? 'DAILY' : current;
}
