import {describe, expect, it} from 'vitest';
import {type IsoDate, addDays} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import {anomalyReport} from '../source/insights/anomaly-report.js';
import {forecastReport} from '../source/insights/forecast-report.js';
import {savingsReport} from '../source/insights/savings-report.js';
import type {CostQuery} from '../source/query.js';
import {COST_EXPLORER_CAPABILITIES, COST_EXPLORER_LIMITS} from '../source/sources/cost-explorer/limits.js';
import {createDemoSource} from '../source/sources/demo/index.js';
import type {SourceCapabilities} from '../source/sources/source.js';

const today = '2026-11-25' as IsoDate;
/** The demo's data behind other declared capabilities: what a billing-export source might say of itself. */
const engineWith = (capabilities: SourceCapabilities): CostEngine => new CostEngine({source: {...createDemoSource({today}), capabilities}, today});
const exportsLike: SourceCapabilities = {
	label: 'exports',
	native: {forecast: false, anomalies: false, savings: false},
	limits: {keeper: 'The export', historyMonths: 3, hourlyDays: 7, maxGroupBy: 1, metrics: ['UnblendedCost', 'AmortizedCost']},
};
const query: CostQuery = {period: {start: '2026-11-01' as IsoDate, end: today}, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [], scope: {source: 'demo'}};

describe('the engine checks a query against the source that answers it', () => {
	it.each([
		['history', {period: {start: '2026-07-01' as IsoDate, end: today}}, 'The export keeps 3 months of history: start on or after 2026-08-01.'],
		['hourly window', {granularity: 'HOURLY', period: {start: addDays(today, -8), end: today}}, 'Hourly data covers the last 7 days only'],
		['group-bys', {groupBy: [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'DIMENSION', key: 'REGION'}]}, 'The export groups by at most 1 dimensions, got 2'],
		['metrics', {metric: 'BlendedCost'}, 'The export does not report BlendedCost: use one of UnblendedCost, AmortizedCost.'],
	] as const)('refuses what is beyond its %s', async (_limit, change, message) => {
		await expect(engineWith(exportsLike).run({...query, ...change} as CostQuery)).rejects.toMatchObject({kind: 'bad-input', message: expect.stringContaining(message)});
		// Cost Explorer's limits allow every one of them.
		await expect(engineWith(COST_EXPLORER_CAPABILITIES).run({...query, ...change} as CostQuery)).resolves.toBeDefined();
	});

	it('groups by RESOURCE_ID only where the source keeps line items, and says so in one line elsewhere', async () => {
		const byResource = {...query, groupBy: [{type: 'DIMENSION', key: 'RESOURCE_ID'}]} as CostQuery;
		await expect(engineWith(COST_EXPLORER_CAPABILITIES).run(byResource)).rejects.toMatchObject({
			kind: 'bad-input',
			message: 'Cost Explorer cannot group by RESOURCE_ID: resources need a billing export (--source parquet:GLOB or athena:DATABASE.TABLE).',
		});
		const lineItems = {...exportsLike, limits: {...exportsLike.limits, groupsByResource: true}};
		// The demo's lines carry no resource: the one group is Cost Explorer's name for none.
		const rows = (await engineWith(lineItems).run(byResource)).rows;
		expect(new Set(rows.map(row => row.keys[0]))).toEqual(new Set(['NoResourceId']));
	});

	it('lists top resources only from a source with line items; Cost Explorer fails in one line', async () => {
		const period = {start: '2026-11-01' as IsoDate, end: today};
		await expect(engineWith(COST_EXPLORER_CAPABILITIES).topResources({period, metric: 'UnblendedCost'}, 10)).rejects.toMatchObject({
			kind: 'bad-input',
			message: 'Cost Explorer has no resource-level costs: top resources need a billing export (--source parquet:GLOB or athena:DATABASE.TABLE).',
		});
		let asked = 0;
		const figures = [{resource: 'i-1', amount: 5n as never}];
		const lineItems = {...exportsLike, limits: {...exportsLike.limits, groupsByResource: true}};
		const engine = new CostEngine({
			source: {...createDemoSource({today}), capabilities: lineItems, topResources: async (_request: unknown, limit: number) => (asked++, figures.slice(0, limit))},
			today,
		});
		expect(await engine.topResources({period, metric: 'UnblendedCost'}, 10)).toEqual(figures);
		// Asked once and kept, like the engine's other questions.
		expect(await engine.topResources({period, metric: 'UnblendedCost'}, 10)).toEqual(figures);
		expect(asked).toBe(1);
		expect(engine.sessionStats.cacheHits).toBe(1);
		await expect(engine.topResources({period: {start: today, end: period.start}, metric: 'UnblendedCost'}, 10)).rejects.toMatchObject({kind: 'bad-input'});
	});

	it('keeps Cost Explorer\'s limits in the Cost Explorer source', () => {
		expect(COST_EXPLORER_LIMITS).toMatchObject({keeper: 'Cost Explorer', historyMonths: 13, hourlyDays: 14, maxGroupBy: 2});
	});
});

describe('reports ask a source only what it answers natively', () => {
	const request = {scope: {source: 'demo'}, metric: 'UnblendedCost'} as const;

	it('forecasts locally without asking a source that has no forecast of its own', async () => {
		const report = await forecastReport(engineWith(exportsLike), request);
		expect(report.costExplorer).toBeNull();
		expect(report.overall.points.length).toBeGreaterThan(0);
	});

	it('says a source detects no anomalies itself, and lists ours', async () => {
		const twoGroupBys = {...exportsLike, limits: {...exportsLike.limits, maxGroupBy: 2}};
		const report = await anomalyReport(engineWith(twoGroupBys), {...request, period: {start: addDays(today, -14), end: today}, rootCauseLimit: 0});
		expect(report.fromSource).toEqual({label: 'exports', outcome: {status: 'unavailable', message: 'The export detects no anomalies of its own.'}});
	});

	it('refuses savings advice a source does not give, in one line', async () => {
		await expect(savingsReport(engineWith(exportsLike))).rejects.toThrow('This data source gives no savings advice');
		const demo = await savingsReport(engineWith({...COST_EXPLORER_CAPABILITIES, label: 'demo'}));
		expect(demo.source).toBe('demo');
	});
});
