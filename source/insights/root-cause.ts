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
 * What a service anomaly is broken down by, in one query: two dimensions,
 * the first of which is also broken down by the second.
 */
const DRILL: Readonly<Record<'SERVICE', readonly [GroupDimension, GroupDimension]>> = {
	SERVICE: ['USAGE_TYPE', 'REGION'],
};

/** The other detection dimension, already in hand from the wide query. */
const SIBLING: Readonly<Record<'SERVICE', AnomalyDimension>> = {SERVICE: 'LINKED_ACCOUNT'};

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

/** Drill-down rows already fetched in this report, by dimension and group: one group is drilled once. */
export type DrillRows = Map<string, Promise<readonly CostRow[]>>;

function drillOnce(drills: DrillRows | undefined, key: string, fetch: () => Promise<readonly CostRow[]>): Promise<readonly CostRow[]> {
	if (drills === undefined) return fetch();
	let rows = drills.get(key);
	if (rows === undefined) {
		rows = fetch();
		drills.set(key, rows);
	}
	return rows;
}

/**
 * Explains one anomaly by contribution analysis: which children of its
 * group moved. A service is broken down by usage type (each usage type by
 * region), by region, and by account; an account by service (each leading
 * service by usage type) and by those services' usage types. What
 * `wideRows` (grouped by [SERVICE, LINKED_ACCOUNT]) already holds costs
 * nothing: a service's accounts, an account's services. The rest is one
 * query over the same history, so the baselines line up: for a service, its
 * usage types by region; for an account, only the usage types of the
 * services that drove it (a few pages instead of every service's).
 */
export async function explainGroupAnomaly(
	engine: CostEngine,
	request: InsightRequest,
	anomaly: CostAnomaly,
	dimension: AnomalyDimension,
	wideRows: readonly CostRow[],
	history: Period,
	drills?: DrillRows,
): Promise<DimensionContributors[]> {
	if (dimension === 'LINKED_ACCOUNT') return explainAccountAnomaly(engine, request, anomaly, wideRows, history, drills);
	const rows = await serviceDrillRows(engine, request, anomaly.group, history, drills);
	const breakdown = twoLevelBreakdown(rows, DRILL.SERVICE, history);
	const sibling = SIBLING[dimension];
	const serviceRows = wideRows.filter(row => row.keys[0] === anomaly.group);
	if (!breakdown.has(sibling)) breakdown.set(sibling, dailySeriesByGroup(serviceRows, 1, history));
	return explainAnomaly(anomaly, breakdown as ChildBreakdown);
}

/** A service's DAILY rows by [USAGE_TYPE, REGION] over the history: one query per service per report. */
function serviceDrillRows(engine: CostEngine, request: InsightRequest, service: string, history: Period, drills: DrillRows | undefined): Promise<readonly CostRow[]> {
	const query = dailyQuery(
		request,
		history,
		DRILL.SERVICE.map(key => ({type: 'DIMENSION', key}) as const),
		{Dimensions: {Key: 'SERVICE', Values: [service]}},
	);
	return drillOnce(drills, `SERVICE:${service}`, async () => (await runInsightQuery(engine, request, query)).rows);
}

/** The usage types of `services` in `account`, as rows keyed [SERVICE, USAGE_TYPE]. */
async function accountUsageRows(
	engine: CostEngine,
	request: InsightRequest,
	account: string,
	services: readonly string[],
	wideRows: readonly CostRow[],
	history: Period,
	drills: DrillRows | undefined,
): Promise<CostRow[]> {
	// A service billed to this account alone: its own drill-down (shared with its service anomaly) is the account's.
	const alone = (service: string) => wideRows.every(row => row.keys[0] !== service || row.keys[1] === account || row.amount === 0n);
	const solo = services.filter(alone);
	const shared = services.filter(service => !alone(service));
	const rows: CostRow[] = [];
	for (const service of solo) {
		for (const row of await serviceDrillRows(engine, request, service, history, drills)) rows.push({...row, keys: [service, row.keys[0] ?? '']});
	}
	if (shared.length > 0) {
		const filter = {And: [{Dimensions: {Key: 'LINKED_ACCOUNT', Values: [account]}}, {Dimensions: {Key: 'SERVICE', Values: shared}}]} as const;
		const query = dailyQuery(request, history, [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'DIMENSION', key: 'USAGE_TYPE'}], filter);
		rows.push(...(await drillOnce(drills, `LINKED_ACCOUNT:${account}:${shared.join('\u0000')}`, async () => (await runInsightQuery(engine, request, query)).rows)));
	}
	return rows;
}

async function explainAccountAnomaly(
	engine: CostEngine,
	request: InsightRequest,
	anomaly: CostAnomaly,
	wideRows: readonly CostRow[],
	history: Period,
	drills: DrillRows | undefined,
): Promise<DimensionContributors[]> {
	const services = dailySeriesByGroup(
		wideRows.filter(row => row.keys[1] === anomaly.group),
		0,
		history,
	);
	const leaders = explainAnomaly(anomaly, new Map([['SERVICE', services]]))[0]?.contributors.map(contributor => contributor.key) ?? [];
	if (leaders.length === 0) return explainAnomaly(anomaly, new Map([['SERVICE', services]]));
	const rows = await accountUsageRows(engine, request, anomaly.group, leaders, wideRows, history, drills);
	const nested = new Map<string, ChildSeries>();
	for (const [service, series] of services) {
		const children = leaders.includes(service)
			? new Map([['USAGE_TYPE', dailySeriesByGroup(rows.filter(row => row.keys[0] === service), 1, history)]])
			: undefined;
		nested.set(service, children === undefined ? {series} : {series, children});
	}
	const breakdown: ChildBreakdown = new Map<string, ReadonlyMap<string, ChildSeries | DailySeries>>([
		['SERVICE', nested],
		['USAGE_TYPE', dailySeriesByGroup(rows, 1, history)],
	]);
	return explainAnomaly(anomaly, breakdown);
}
