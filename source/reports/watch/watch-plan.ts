import {z} from 'zod';
import {badInput} from '../../errors.js';
import {quoteInput} from '../../quote-input.js';

/** What `watch` sends on: a budget projected past its amount, one already past it, an anomaly above $X or Y% of its expected cost. */
export type AlertRule =
	| {readonly kind: 'budget-forecast'}
	| {readonly kind: 'budget-exceeded'}
	| {readonly kind: 'anomaly-dollars'; readonly minimum: number}
	| {readonly kind: 'anomaly-percent'; readonly minimum: number};

export interface WatchPlan {
	/** Between runs, ms. */
	readonly everyMs: number;
	/** Minutes after UTC midnight of the first run; undefined runs at once. */
	readonly atMinute: number | undefined;
	/** The report's template name or file; undefined sends alerts only. */
	readonly report: string | undefined;
	readonly to: readonly string[];
	readonly alerts: readonly AlertRule[];
}

const UNIT_MS: Readonly<Record<string, number>> = {m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000};

/** "30m", "6h", "1d", "1w" as ms; at least a minute. */
export function parseEvery(text: string): number {
	const match = /^(\d{1,4})([mhdw])$/.exec(text.trim());
	const ms = match === null ? 0 : Number(match[1]) * UNIT_MS[match[2]!]!;
	if (ms < 60_000) throw badInput(`--every ${quoteInput(text)} must be a number and a unit, m, h, d or w (e.g. 1d, 6h), a minute or more.`);
	return ms;
}

/** "09:00" (UTC) as minutes after midnight. */
export function parseAt(text: string): number {
	const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
	if (match === null) throw badInput(`--at ${quoteInput(text)} must be a time of day, HH:MM in UTC (e.g. 09:00).`);
	return Number(match[1]) * 60 + Number(match[2]);
}

/** `budget-forecast`, `budget-exceeded`, `anomaly:$500` or `anomaly:25%`. */
export function parseAlert(text: string): AlertRule {
	const trimmed = text.trim();
	if (trimmed === 'budget-forecast' || trimmed === 'budget-exceeded') return {kind: trimmed};
	const dollars = /^anomaly:\$?(\d+(?:\.\d+)?)$/.exec(trimmed);
	if (dollars !== null) return {kind: 'anomaly-dollars', minimum: Number(dollars[1])};
	const percent = /^anomaly:(\d+(?:\.\d+)?)%$/.exec(trimmed);
	if (percent !== null) return {kind: 'anomaly-percent', minimum: Number(percent[1])};
	throw badInput(`--alert ${quoteInput(text)}: use budget-forecast, budget-exceeded, anomaly:$AMOUNT or anomaly:PERCENT% (e.g. anomaly:$500, anomaly:25%).`);
}

/** The options as written, from flags, a `--watch-config` file or the settings' `watch`. */
export interface WatchOptions {
	readonly every?: string | undefined;
	readonly at?: string | undefined;
	readonly report?: string | undefined;
	readonly to?: readonly string[] | undefined;
	readonly alert?: readonly string[] | undefined;
}

/** A watch configuration file (and the settings' `watch` key): `{"every": "1d", "at": "09:00", "report": "daily", "to": ["slack"], "alert": ["budget-exceeded"]}`. */
export const watchConfigSchema = z
	.object({
		every: z.string().optional(),
		at: z.string().optional(),
		report: z.string().optional(),
		to: z.array(z.string()).optional(),
		alert: z.array(z.string()).optional(),
	})
	.strict();

/** Judges the options; a plan that sends nothing, or has nowhere to send, is refused. */
export function parseWatchPlan(options: WatchOptions): WatchPlan {
	const to = options.to ?? [];
	const alerts = (options.alert ?? []).map(parseAlert);
	if (options.report === undefined && alerts.length === 0) throw badInput('watch needs something to send: --report TEMPLATE and/or --alert RULE.');
	if (to.length === 0) throw badInput('watch needs somewhere to send: --to slack:URL, webhook:URL, email:ADDRESS or file:PATH.');
	return {everyMs: parseEvery(options.every ?? '1d'), atMinute: options.at === undefined ? undefined : parseAt(options.at), report: options.report, to, alerts};
}
