import type {CostAnomaly} from '../analysis/anomalies.js';
import {type ChildBreakdown, type ChildSeries, type DimensionContributors, explainAnomaly} from '../analysis/contribution.js';
import {type DailySeries, dailySeriesByGroup} from '../analysis/daily-series.js';
import type {Period} from '../dates.js';
import type {CostEngine} from '../engine.js';
import type {GroupDimension} from '../query.js';
import type {CostRow} from '../rows.js';
import {type InsightRequest, dailyQuery, runInsightQuery} from './insight-request.js';

/** The dimensions an anomaly is detected on. */
export type AnomalyDimension = 'SERVICE' | 'LINKED_ACCOUNT';

/**
 * What to break each kind of anomaly down by, one query each: two
 * dimensions, the first of which is also broken down by the second.
 */
const DRILL: Readonly<Record<AnomalyDimension, readonly [GroupDimension, GroupDimension]>> = {
	SERVICE: ['USAGE_TYPE', 'REGION'],
	LINKED_ACCOUNT: ['SERVICE', 'USAGE_TYPE'],
};

/** The other detection dimension, already in hand from the wide query. */
const SIBLING: Readonly<Record<AnomalyDimension, AnomalyDimension>> = {SERVICE: 'LINKED_ACCOUNT', LINKED_ACCOUNT: 'SERVICE'};

/** first → (key → series with its second-level children), second → (key → series). */
function twoLevelBreakdown(rows: readonly CostRow[], [first, second]: readonly [string, string], history: Period): Map<string, ReadonlyMap<string, ChildSeries | DailySeries>> {
	const byFirst = dailySeriesByGroup(rows, 0, history);
	const nested = new Map<string, ChildSeries>();
	for (const [key, series] of byFirst) {
		const children = dailySeriesByGroup(
			rows.filter(row => row.keys[0] === key),
			1,
			history,
		);
		nested.set(key, {series, children: new Map([[second, children]])});
	}
	return new Map<string, ReadonlyMap<string, ChildSeries | DailySeries>>([
		[first, nested],
		[second, dailySeriesByGroup(rows, 1, history)],
	]);
}

/**
 * Explains one anomaly by contribution analysis: which children of its
 * group moved. A service is broken down by usage type (each usage type by
 * region), by region, and by account; an account by service (each service
 * by usage type) and by usage type. A service's accounts come from
 * `wideRows` (grouped by [SERVICE, LINKED_ACCOUNT]) at no cost; the rest
 * costs one query over the same history, so the baselines line up.
 */
export async function explainGroupAnomaly(
	engine: CostEngine,
	request: InsightRequest,
	anomaly: CostAnomaly,
	dimension: AnomalyDimension,
	wideRows: readonly CostRow[],
	history: Period,
): Promise<DimensionContributors[]> {
	const drill = DRILL[dimension];
	const inGroup = {Dimensions: {Key: dimension, Values: [anomaly.group]}} as const;
	const query = dailyQuery(
		request,
		history,
		drill.map(key => ({type: 'DIMENSION', key}) as const),
		inGroup,
	);
	const {rows} = await runInsightQuery(engine, request, query);
	const breakdown = twoLevelBreakdown(rows, drill, history);
	const groupIndex = dimension === 'SERVICE' ? 0 : 1;
	const siblingRows = wideRows.filter(row => row.keys[groupIndex] === anomaly.group);
	const sibling = SIBLING[dimension];
	if (!breakdown.has(sibling)) breakdown.set(sibling, dailySeriesByGroup(siblingRows, 1 - groupIndex, history));
	return explainAnomaly(anomaly, breakdown as ChildBreakdown);
}
