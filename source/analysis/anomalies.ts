import {type IsoDate, type Period, addDays} from '../dates.js';
import {badInput} from '../errors.js';
import {type Amount, amountFromNumber} from '../money.js';
import {type DailyPoint, normalizeSeries} from './daily-series.js';
import {type BaselineOptions, seasonalBaseline} from './seasonal-baseline.js';

export interface AnomalyOptions extends BaselineOptions {
	/** Robust z-score a day must reach; default 3.5. */
	readonly threshold?: number;
	/** USD a day must differ from expected; default 5, so cent blips never show. */
	readonly minimumDailyImpact?: number;
	/** Share of the expected cost a day must differ by; default 0.1. */
	readonly minimumRelativeImpact?: number;
	/** Only report days from here on; earlier days still serve as history. */
	readonly reportFrom?: IsoDate;
}

export interface AnomalyDay {
	readonly date: IsoDate;
	readonly expected: number;
	readonly actual: number;
	/** (actual − expected) / robust spread; negative for a drop. */
	readonly score: number;
}

/** Consecutive unusual days of one group, in one direction. */
export interface CostAnomaly {
	/** The group's key (a service, an account …) or "Total". */
	readonly group: string;
	/** End exclusive, like every Period. */
	readonly period: Period;
	readonly lastDay: IsoDate;
	readonly direction: 'spike' | 'drop';
	readonly expected: Amount;
	readonly actual: Amount;
	/** Σ(actual − expected): positive for a spike, negative for a drop. */
	readonly impact: Amount;
	/** The largest |score| of its days. */
	readonly maxScore: number;
	readonly days: readonly AnomalyDay[];
}

function minimumSpread(expected: number): number {
	// A perfectly regular series has zero spread; any change would score infinity.
	return Math.max(0.01 * Math.abs(expected), 0.01);
}

function toAnomaly(group: string, days: readonly AnomalyDay[]): CostAnomaly {
	const first = days[0]!;
	const last = days.at(-1)!;
	const expected = days.reduce((sum, day) => sum + day.expected, 0);
	const actual = days.reduce((sum, day) => sum + day.actual, 0);
	return {
		group,
		period: {start: first.date, end: addDays(last.date, 1)},
		lastDay: last.date,
		direction: first.score > 0 ? 'spike' : 'drop',
		expected: amountFromNumber(expected),
		actual: amountFromNumber(actual),
		impact: amountFromNumber(actual - expected),
		maxScore: Math.max(...days.map(day => Math.abs(day.score))),
		days,
	};
}

/**
 * Finds unusual days in one daily series: a day is flagged when its robust
 * score reaches the threshold and it differs from expected by at least the
 * absolute and the relative floor; consecutive flagged days in the same
 * direction form one anomaly. Quiet, empty, single-day and all-zero series
 * give none. Needs about four weeks of history before the first judged day.
 */
export function detectAnomalies(series: readonly DailyPoint[], options: AnomalyOptions = {}, group = 'Total'): CostAnomaly[] {
	const {threshold = 3.5, minimumDailyImpact = 5, minimumRelativeImpact = 0.1, reportFrom} = options;
	if (!(threshold > 0) || !(minimumDailyImpact >= 0) || !(minimumRelativeImpact >= 0)) {
		throw badInput('Anomaly threshold must be above zero and impact floors zero or more.');
	}
	const days = normalizeSeries(series);
	const values = days.map(point => point.amount);
	const {expected, scale} = seasonalBaseline(values, options);
	const anomalies: CostAnomaly[] = [];
	let run: AnomalyDay[] = [];
	const closeRun = () => {
		if (run.length > 0) anomalies.push(toAnomaly(group, run));
		run = [];
	};
	for (const [t, point] of days.entries()) {
		const expectedCost = expected[t]!;
		const spread = scale[t]!;
		const judged = !Number.isNaN(expectedCost) && !Number.isNaN(spread) && (!reportFrom || point.date >= reportFrom);
		const residual = point.amount - expectedCost;
		const score = residual / Math.max(spread, minimumSpread(expectedCost));
		const flagged =
			judged &&
			Math.abs(score) >= threshold &&
			Math.abs(residual) >= minimumDailyImpact &&
			Math.abs(residual) >= minimumRelativeImpact * Math.abs(expectedCost);
		if (!flagged || (run.length > 0 && Math.sign(run[0]!.score) !== Math.sign(score))) closeRun();
		if (flagged) run.push({date: point.date, expected: expectedCost, actual: point.amount, score});
	}
	closeRun();
	return anomalies;
}

/** Anomalies of every group, largest absolute impact first. */
export function detectGroupAnomalies(groups: ReadonlyMap<string, readonly DailyPoint[]>, options: AnomalyOptions = {}): CostAnomaly[] {
	const all: CostAnomaly[] = [];
	for (const [group, series] of groups) all.push(...detectAnomalies(series, options, group));
	const size = (anomaly: CostAnomaly) => (anomaly.impact < 0n ? -anomaly.impact : anomaly.impact);
	return all.sort((a, b) => (size(b) > size(a) ? 1 : size(b) < size(a) ? -1 : a.period.start < b.period.start ? -1 : 1));
}
