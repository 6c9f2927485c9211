import {describe, expect, it} from 'vitest';
import {ASSISTANT_TOOLS, runToolCall, type ToolContext, type ToolOutcome} from '../../../source/assistant/tools/index.js';
import type {IsoDate} from '../../../source/dates.js';
import {CostEngine} from '../../../source/engine.js';
import {fixedEngine, fixedSource, TODAY} from '../fixed-source.js';

function contextWith(engine: CostEngine = fixedEngine()): ToolContext {
	return {engine, scope: {source: 'demo'}, today: TODAY};
}

async function run(name: string, args: unknown, context = contextWith()): Promise<ToolOutcome> {
	return runToolCall({id: 'call_1', name, arguments: args}, context);
}

async function ok(name: string, args: unknown, context = contextWith()) {
	const outcome = await run(name, args, context);
	if (!outcome.ok) throw new Error(`expected ${name} to succeed, got: ${outcome.error}`);
	return outcome;
}

describe('query_costs', () => {
	it('answers with a small table sorted by amount, shares, the total and what it cost', async () => {
		const outcome = await ok('query_costs', {range: 'last-month', groupBy: ['SERVICE']});
		expect(outcome.text).toBe(
			[
				'all costs by SERVICE, 2026-09 (MONTHLY, UnblendedCost, 2026-09-01 to 2026-10-01 exclusive)',
				'SERVICE | amount | share',
				'Amazon Elastic Compute Cloud - Compute | $450.00 | 85.7%',
				'Amazon Simple Storage Service | $60.00 | 11.4%',
				'AWS Lambda | $15.00 | 2.9%',
				'Total: $525.00',
			].join('\n'),
		);
		expect(outcome.summary).toBe('queried all costs by SERVICE, 2026-09, 1 request');
		expect(outcome.results.map(result => result.query.period)).toEqual([{start: '2026-09-01', end: '2026-10-01'}]);
	});

	it('says "cached" when the answer came from the cache', async () => {
		const cache = new Map<string, unknown>();
		const engine = new CostEngine({
			source: fixedSource(),
			today: TODAY,
			cache: {
				lookup: async (_identity, query) => cache.get(JSON.stringify(query)) as never,
				store: async (_identity, query, rows) => void cache.set(JSON.stringify(query), {rows, derived: false}),
				stats: async () => ({entries: 0, bytes: 0, hits: 0, misses: 0, requestsSaved: 0, path: '', tiers: []}),
				clear: async () => cache.clear(),
				close: async () => {},
			},
		});
		await ok('query_costs', {range: 'last-month'}, contextWith(engine));
		const again = await ok('query_costs', {range: 'last-month'}, contextWith(engine));
		expect(again.summary).toBe('queried all costs, 2026-09, cached');
	});

	it('names the filter in the summary, puts bucket columns for a few months, and flags estimates', async () => {
		const outcome = await ok('query_costs', {
			period: {start: '2026-09-01', end: '2026-10-11'},
			groupBy: ['REGION'],
			filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute']}},
		});
		expect(outcome.summary).toBe('queried Amazon Elastic Compute Cloud - Compute by REGION, 2026-09-01 … 2026-10-10, 1 request');
		expect(outcome.text.split('\n').slice(1)).toEqual([
			'REGION | 2026-09-01 | 2026-10-01 | total | share',
			'us-east-1 | $300.00 | $100.00 | $400.00 | 66.7%',
			'eu-west-1 | $150.00 | $50.00 | $200.00 | 33.3%',
			'Total: $600.00',
			'Some figures are estimated (not final yet).',
		]);
	});

	it('caps a long time series at the most recent 15 rows and sums the rest', async () => {
		const outcome = await ok('query_costs', {range: 'last-30-days', granularity: 'DAILY'});
		const lines = outcome.text.split('\n');
		expect(lines[1]).toBe('period start | amount');
		expect(lines[2]).toBe('2026-10-01 | $17.50');
		expect(lines[16]).toBe('2026-10-15 | $17.50');
		expect(lines[17]).toBe('(15 earlier rows not shown, totalling $262.50)');
		expect(lines[18]).toBe('Total: $525.00');
	});

	it('says "no data" rather than $0.00 when nothing matches', async () => {
		// Grouped: ungrouped, Cost Explorer answers every bucket with a Total, $0 here (a zero row, not none).
		const outcome = await ok('query_costs', {range: 'last-month', groupBy: ['SERVICE'], filter: {Dimensions: {Key: 'SERVICE', Values: ['EC2']}}});
		expect(outcome.text).toContain('No data: no rows matched (this is not $0.00). If a filter value may be misspelled, check it with dimension_values.');
	});

	it('returns a query Cost Explorer would refuse as a tool error', async () => {
		expect(await run('query_costs', {range: '2024-01'})).toEqual({
			ok: false,
			error: 'Cost Explorer keeps 13 months of history: start on or after 2025-09-01.',
		});
		expect(await run('query_costs', {range: 'last-7-days', granularity: 'HOURLY', period: undefined})).toMatchObject({ok: true});
	});
});

describe('compare_periods and top_movers', () => {
	it('compares last month with the month before, per service', async () => {
		const outcome = await ok('compare_periods', {range: 'last-month', groupBy: 'SERVICE'});
		expect(outcome.text.split('\n')).toEqual([
			'all costs by SERVICE, 2026-09 vs 2026-08, 2 requests (UnblendedCost; current 2026-09-01 to 2026-10-01 exclusive, previous 2026-08-01 to 2026-09-01 exclusive)',
			'SERVICE | 2026-08 | 2026-09 | change | change %',
			'Amazon Elastic Compute Cloud - Compute | $465.00 | $450.00 | -$15.00 | -3.2%',
			'Amazon Simple Storage Service | $62.00 | $60.00 | -$2.00 | -3.2%',
			'AWS Lambda | $15.50 | $15.00 | -$0.50 | -3.2%',
			'Total: 2026-08 $542.50, 2026-09 $525.00, change -$17.50 (-3.2%)',
		]);
		expect(outcome.results).toHaveLength(2);
	});

	it('takes an explicit previous period', async () => {
		const outcome = await ok('compare_periods', {range: '2026-09', previousRange: '2026-07'});
		expect(outcome.summary).toBe('compared all costs, 2026-09 vs 2026-07, 2 requests');
	});

	it('ranks movers by the size of the change', async () => {
		const outcome = await ok('top_movers', {range: 'last-month', limit: 2});
		expect(outcome.text.split('\n')).toEqual([
			'Top movers: all costs by SERVICE, 2026-09 vs 2026-08, 2 requests (UnblendedCost)',
			'SERVICE | previous | current | change | change %',
			'Amazon Elastic Compute Cloud - Compute | $465.00 | $450.00 | -$15.00 | -3.2%',
			'Amazon Simple Storage Service | $62.00 | $60.00 | -$2.00 | -3.2%',
			'(1 smaller changes not shown)',
		]);
	});

	it('rejects a limit out of range', async () => {
		expect(await run('top_movers', {limit: 40})).toEqual({ok: false, error: 'limit must be between 1 and 15, got 40.'});
	});
});

describe('forecast, anomalies and lookups', () => {
	it('projects the month end from month-to-date plus the forecast', async () => {
		const outcome = await ok('forecast', {days: 7});
		expect(outcome.text.split('\n')).toEqual([
			'Forecast of all costs (UnblendedCost), learnt from daily costs 2026-07-17 … 2026-10-15, method holt-winters:',
			'Month end (2026-10): MTD $262.50 → projected $542.50 (±$0.00); 80% interval $542.50 to $542.50, billed through 2026-10-15.',
			'Next 7 days (2026-10-16 … 2026-10-22): $122.50 (80% interval $122.50 to $122.50; 95% $122.50 to $122.50)',
			'These are estimates, not billed figures.',
		]);
		expect(outcome.summary).toBe('forecast all costs, 2026-10, 1 request');
		expect(outcome.results.map(result => result.query)).toMatchObject([{granularity: 'DAILY', period: {start: '2026-07-17', end: '2026-10-16'}}]);
	});

	it('keeps the forecast horizon within what the CLI forecasts', async () => {
		expect(await run('forecast', {days: 91})).toEqual({ok: false, error: 'days must be between 1 and 90, got 91.'});
	});

	it('finds no anomalies in a flat history, and says so', async () => {
		const outcome = await ok('anomalies', {});
		expect(outcome.text).toBe(
			[
				'Anomalies per service and account, 2026-09-16 … 2026-10-15 (baseline: the same weekday over the weeks since 2026-07-22): 0 anomalies',
				"The demo's injected anomalies: 0 in the same days.",
				'Recent figures are estimated (not final yet).',
			].join('\n'),
		);
		expect(outcome.summary).toBe('looked for anomalies per service and account, 2026-09-16 … 2026-10-15: 0 found, 1 request');
	});

	it('lists a spike with expected and actual cost, and what drove it', async () => {
		const outcome = await ok('anomalies', {range: 'last-month', dimension: 'service'}, contextWith(fixedEngine('2026-09-20' as IsoDate)));
		expect(outcome.text.split('\n').slice(1, 3)).toEqual([
			'group | per | days | kind | expected | actual | impact | driven by',
			'AWS Lambda | service | 2026-09-20 | spike | $0.50 | $200.50 | +$200.00 | Other (usage type, 100.0% of the change); us-east-1 (region, 100.0% of the change); Other (account, 100.0% of the change)',
		]);
		expect(outcome.summary).toBe('looked for anomalies per service, 2026-09: 1 found, 2 requests');
		expect(outcome.results).toHaveLength(1);
	});

	it('judges anomalies per service or account only', async () => {
		expect(await run('anomalies', {dimension: 'REGION'})).toEqual({
			ok: false,
			error: "dimension REGION: anomalies are found per SERVICE or LINKED_ACCOUNT; each one's root cause names the usage type, region or account behind it.",
		});
	});

	it('lists accounts and dimension values', async () => {
		expect((await ok('list_accounts', {})).text).toBe('2 accounts:\nid | name\n123456789012 | Production\n210987654321 | Staging');
		expect((await ok('dimension_values', {dimension: 'service', search: 'compute'})).text).toBe(
			'1 value of SERVICE matching "compute", 2026-09-16 … 2026-10-16:\nvalue\nAmazon Elastic Compute Cloud - Compute',
		);
		expect(await run('dimension_values', {})).toEqual({ok: false, error: 'dimension is required, e.g. "dimension": "SERVICE".'});
		expect(await run('list_accounts', {all: true})).toEqual({ok: false, error: 'Unknown argument "all": this tool takes no arguments.'});
	});

	it('tells the date without hard-coding it', async () => {
		const outcome = await ok('today', null);
		expect(outcome.text.split('\n').slice(0, 3)).toEqual([
			'Today is 2026-10-16 (UTC). Periods have an exclusive end.',
			'This month so far: {"start": "2026-10-01", "end": "2026-10-17"}',
			'Last month: {"start": "2026-09-01", "end": "2026-10-01"}',
		]);
	});
});

describe('runToolCall', () => {
	it('answers an unknown tool with the list of tools', async () => {
		const outcome = await run('delete_account', {});
		expect(outcome).toEqual({ok: false, error: `There is no tool "delete_account": use one of ${ASSISTANT_TOOLS.map(tool => tool.spec.name).join(', ')}.`});
	});

	it('turns a failing source into a tool error, but lets cancellation through', async () => {
		const source = fixedSource();
		const engine = fixedEngine(undefined, source);
		source.accounts = async () => {
			throw new Error('socket hang up\n  at stack');
		};
		expect(await run('list_accounts', {}, contextWith(engine))).toEqual({ok: false, error: 'socket hang up'});
		const controller = new AbortController();
		controller.abort();
		source.accounts = async () => {
			throw controller.signal.reason;
		};
		await expect(run('list_accounts', {}, {...contextWith(engine), signal: controller.signal})).rejects.toMatchObject({name: 'AbortError'});
	});

	it('offers every tool with an object schema the providers accept', () => {
		for (const tool of ASSISTANT_TOOLS) {
			expect(tool.spec.name).toMatch(/^[a-z_]+$/);
			expect(tool.spec.parameters.type).toBe('object');
			expect(tool.spec.description.length).toBeGreaterThan(20);
		}
	});
});
