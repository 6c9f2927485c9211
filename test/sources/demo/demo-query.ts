import type {IsoDate, Period} from '../../../source/dates.js';
import type {CostQuery} from '../../../source/query.js';
import type {CostPage, CostRow} from '../../../source/rows.js';
import type {CostSource} from '../../../source/sources/source.js';

/** The demo's fixed "today" in these tests: a Friday, a month with 30 days. */
export const TODAY = '2026-11-20' as IsoDate;

export const period = (start: string, end: string): Period => ({start: start as IsoDate, end: end as IsoDate});

/** A DAILY UnblendedCost query over the period, ungrouped, changed by `overrides`. */
export function demoQuery(overrides: Partial<CostQuery> & {period: Period}): CostQuery {
	return {granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [], scope: {source: 'demo'}, ...overrides};
}

export async function pagesOf(source: CostSource, query: CostQuery, signal?: AbortSignal): Promise<CostPage[]> {
	const pages: CostPage[] = [];
	for await (const page of source.costAndUsage(query, signal)) pages.push(page);
	return pages;
}

export async function rowsOf(source: CostSource, query: CostQuery): Promise<CostRow[]> {
	return (await pagesOf(source, query)).flatMap(page => page.rows);
}
