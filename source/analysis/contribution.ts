import {type Period, daysBetween} from '../dates.js';
import {type Amount, amountFromNumber, amountToNumber} from '../money.js';
import type {CostAnomaly} from './anomalies.js';
import {type DailyPoint, normalizeSeries} from './daily-series.js';
import {type BaselineOptions, expectedWithFallback} from './seasonal-baseline.js';

/** A child's series, optionally broken down one level further. */
export interface ChildSeries {
	readonly series: readonly DailyPoint[];
	readonly children?: ChildBreakdown;
}

/**
 * The anomaly's group broken down one level: dimension (e.g. "USAGE_TYPE",
 * "REGION") → child key → its daily series. Series should reach back as far
 * as the group's so the children get the same baseline.
 */
export type ChildBreakdown = ReadonlyMap<string, ReadonlyMap<string, readonly DailyPoint[] | ChildSeries>>;

export interface Contributor {
	readonly dimension: string;
	readonly key: string;
	readonly expected: Amount;
	readonly actual: Amount;
	/** Σ(actual − expected) over the anomaly's days. */
	readonly impact: Amount;
	/** impact / the parent's impact; can exceed 1 when other children moved the other way. */
	readonly share: number;
	/** The same analysis one level further down, when the caller supplied it. */
	readonly causes: readonly DimensionContributors[];
}

export interface DimensionContributors {
	readonly dimension: string;
	/** Biggest contributors first, in the anomaly's direction. */
	readonly contributors: readonly Contributor[];
}

export interface ContributionOptions extends BaselineOptions {
	/** Contributors kept per dimension; default 3. */
	readonly top?: number;
	/** Smallest share kept; default 0.05. */
	readonly minimumShare?: number;
}

function toChildSeries(child: readonly DailyPoint[] | ChildSeries): ChildSeries {
	return 'series' in child ? child : {series: child};
}

function childImpact(series: readonly DailyPoint[], period: Period, options: BaselineOptions): {expected: number; actual: number} {
	const days = normalizeSeries(series);
	const expected = expectedWithFallback(
		days.map(point => point.amount),
		options,
	);
	let expectedSum = 0;
	let actualSum = 0;
	for (const [t, point] of days.entries()) {
		if (point.date < period.start || point.date >= period.end) continue;
		expectedSum += expected[t]!;
		actualSum += point.amount;
	}
	return {expected: expectedSum, actual: actualSum};
}

function explainImpact(period: Period, parentImpact: number, breakdown: ChildBreakdown, options: ContributionOptions): DimensionContributors[] {
	const {top = 3, minimumShare = 0.05} = options;
	const direction = parentImpact >= 0 ? 1 : -1;
	const result: DimensionContributors[] = [];
	for (const [dimension, children] of breakdown) {
		const ranked = [...children]
			.map(([key, child]) => {
				const {series, children: grandchildren} = toChildSeries(child);
				const {expected, actual} = childImpact(series, period, options);
				const impact = actual - expected;
				return {key, expected, actual, impact, share: parentImpact === 0 ? 0 : impact / parentImpact, grandchildren};
			})
			.filter(child => child.share >= minimumShare)
			.sort((a, b) => direction * (b.impact - a.impact) || (a.key < b.key ? -1 : 1))
			.slice(0, top);
		result.push({
			dimension,
			contributors: ranked.map(child => ({
				dimension,
				key: child.key,
				expected: amountFromNumber(child.expected),
				actual: amountFromNumber(child.actual),
				impact: amountFromNumber(child.impact),
				share: child.share,
				causes: child.grandchildren ? explainImpact(period, child.impact, child.grandchildren, options) : [],
			})),
		});
	}
	// The dimension whose top child explains most of the anomaly reads best first.
	return result.sort((a, b) => (b.contributors[0]?.share ?? 0) - (a.contributors[0]?.share ?? 0));
}

/**
 * Root cause by contribution: ranks the anomaly group's children by their
 * share of its impact, each child's expected cost coming from the same
 * seasonal baseline as the anomaly's, over the anomaly's days.
 */
export function explainAnomaly(anomaly: CostAnomaly, breakdown: ChildBreakdown, options: ContributionOptions = {}): DimensionContributors[] {
	if (daysBetween(anomaly.period.start, anomaly.period.end) < 1) return [];
	return explainImpact(anomaly.period, amountToNumber(anomaly.impact), breakdown, options);
}
