import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';

export const DEFAULT_HISTORY_LIMIT = 50;
const MAX_HISTORY_LIMIT = 10_000;

/** The formats `aws-cost history` prints in. */
export const HISTORY_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

/** `--limit N` (`limit=` in the API): 1 to 10,000, 50 when absent. */
export function parseHistoryLimit(text: string | undefined): number {
	if (text === undefined) return DEFAULT_HISTORY_LIMIT;
	const limit = Number(text.trim());
	if (!/^\d+$/.test(text.trim()) || limit < 1 || limit > MAX_HISTORY_LIMIT) throw badInput(`--limit ${quoteInput(text)} must be a whole number from 1 to ${MAX_HISTORY_LIMIT}.`);
	return limit;
}

/**
 * `--since D`: a day (YYYY-MM-DD, from its start, UTC), a number of days back
 * (`7d`), or an instant (ISO 8601). Resolves to an ISO instant.
 */
export function parseSince(text: string | undefined, now: Date): string | undefined {
	if (text === undefined) return undefined;
	const trimmed = text.trim();
	const days = /^(\d{1,5})d$/.exec(trimmed);
	if (days !== null) return new Date(now.getTime() - Number(days[1]) * 86_400_000).toISOString();
	if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
		const day = new Date(`${trimmed}T00:00:00.000Z`);
		if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(trimmed)) return day.toISOString();
	} else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) {
		const instant = new Date(trimmed);
		if (!Number.isNaN(instant.getTime())) return instant.toISOString();
	}
	throw badInput(`--since ${quoteInput(text)} must be a day (2026-11-01), a number of days back (7d) or an ISO 8601 instant.`);
}

export function parseHistoryFormat(text: string | undefined): HistoryFormat {
	const format = text ?? 'table';
	const known = HISTORY_FORMATS.find(name => name === format);
	if (known === undefined) throw badInput(`Unknown format ${quoteInput(format)}: use ${HISTORY_FORMATS.join(', ')}.`);
	return known;
}
