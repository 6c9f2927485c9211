import {describe, expect, it} from 'vitest';
import type {CostCache} from '../source/cache/cost-cache.js';
import type {IsoDate} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import {amountToString, parseAmount} from '../source/money.js';
import type {CostQuery} from '../source/query.js';
import type {CostPage} from '../source/rows.js';
import type {CostSource} from '../source/sources/source.js';
import {DEMO_CAPABILITIES} from '../source/sources/demo/capabilities.js';

const today = '2026-11-25' as IsoDate;
const query: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-10-03' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'demo'},
};

function pagedSource(pages: string[][]): CostSource {
	return {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		identity: async () => ({account: '111111111111', principal: 'arn:aws:iam::111111111111:user/t'}),
		async *costAndUsage(): AsyncIterable<CostPage> {
			for (const amounts of pages) {
				yield {rows: amounts.map(amount => ({start: '2026-10-01', end: '2026-10-02', keys: [], amount: parseAmount(amount), unit: 'USD', estimated: false})), fromCache: false, billableRequests: 1};
			}
		},
		dimensionValues: async () => [],
		forecast: () => Promise.reject(new Error('unused')),
		anomalies: async () => [],
		accounts: async () => [],
	};
}

const failingCache: CostCache = {
	lookup: async () => undefined,
	store: () => Promise.reject(new Error('SQLITE_READONLY')),
	stats: () => Promise.reject(new Error('unused')),
	clear: async () => {},
	close: async () => {},
};

describe('CostEngine', () => {
	it('hands pages on as they arrive and sums them exactly', async () => {
		const engine = new CostEngine({source: pagedSource([['0.1', '0.2'], ['0.3']]), today});
		const seen: number[] = [];
		const result = await engine.run(query, {onPage: (_page, soFar) => seen.push(soFar)});
		expect(seen).toEqual([2, 3]);
		expect(amountToString(result.total)).toBe('0.6');
		expect(result.stats).toEqual({billableRequests: 2, cacheHits: 0, pages: 2});
		expect(engine.sessionStats.billableRequests).toBe(2);
	});

	it('says "empty" for no rows instead of a zero total', async () => {
		const result = await new CostEngine({source: pagedSource([[]]), today}).run(query);
		expect(result.empty).toBe(true);
		expect(result.unit).toBe('USD');
	});

	it('validates before spending a request', async () => {
		const engine = new CostEngine({source: pagedSource([['1']]), today});
		await expect(engine.run({...query, period: {start: '2026-12-01' as IsoDate, end: '2027-01-01' as IsoDate}})).rejects.toThrow(/stops at today/);
		expect(engine.sessionStats.billableRequests).toBe(0);
	});

	it('keeps the answer when the cache cannot be written, and logs why', async () => {
		const lines: string[] = [];
		const engine = new CostEngine({source: pagedSource([['1.5']]), today, cache: failingCache, logger: line => lines.push(line)});
		const result = await engine.run(query);
		expect(amountToString(result.total)).toBe('1.5');
		await engine.settled();
		expect(lines.join()).toContain('SQLITE_READONLY');
	});

	it('answers without waiting for the cache write, and settled() waits for it', async () => {
		let finishWrite = () => {};
		const stored: string[] = [];
		const slowCache: CostCache = {
			...failingCache,
			store: async () => {
				await new Promise<void>(resolve => (finishWrite = resolve));
				stored.push('written');
			},
		};
		const engine = new CostEngine({source: pagedSource([['2']]), today, cache: slowCache});
		const result = await engine.run(query);
		expect(amountToString(result.total)).toBe('2');
		let settled = false;
		const settling = engine.settled().then(() => (settled = true));
		await new Promise(resolve => setTimeout(resolve, 10));
		expect(settled).toBe(false);
		finishWrite();
		await settling;
		expect(stored).toEqual(['written']);
	});

	it('starts the cache write only after the code awaiting the answer has run (drawn it)', async () => {
		const events: string[] = [];
		const cache: CostCache = {
			...failingCache,
			store: async () => {
				events.push('store');
			},
		};
		const engine = new CostEngine({source: pagedSource([['2']]), today, cache});
		await engine.run(query).then(() => events.push('answer used'));
		await Promise.resolve();
		events.push('same turn, later');
		await engine.settled();
		expect(events).toEqual(['answer used', 'same turn, later', 'store']);
	});

	it('looks in the cache only after the writes still running, so an answer just fetched is not fetched again', async () => {
		const events: string[] = [];
		let finishWrite = () => {};
		const slowCache: CostCache = {
			...failingCache,
			lookup: async () => {
				events.push('lookup');
				return undefined;
			},
			store: async () => {
				events.push('store started');
				await new Promise<void>(resolve => (finishWrite = resolve));
				events.push('store finished');
			},
		};
		const engine = new CostEngine({source: pagedSource([['2']]), today, cache: slowCache});
		await engine.run(query);
		const second = engine.run(query);
		await new Promise(resolve => setTimeout(resolve, 10));
		finishWrite();
		await second;
		expect(events.slice(0, 4)).toEqual(['lookup', 'store started', 'store finished', 'lookup']);
	});

	it('with the history hook too, looks in the cache only after the writes still running', async () => {
		const events: string[] = [];
		let finishWrite = () => {};
		const slowCache: CostCache = {
			...failingCache,
			lookup: async () => {
				events.push('lookup');
				return undefined;
			},
			store: async () => {
				events.push('store started');
				await new Promise<void>(resolve => (finishWrite = resolve));
				events.push('store finished');
			},
		};
		const answered: string[] = [];
		const engine = new CostEngine({source: pagedSource([['2']]), today, cache: slowCache, onAnswered: ({result}) => answered.push(result === undefined ? 'failed' : 'answered')});
		await engine.run(query);
		const second = engine.run(query);
		await new Promise(resolve => setTimeout(resolve, 10));
		finishWrite();
		await second;
		expect(events.slice(0, 4)).toEqual(['lookup', 'store started', 'store finished', 'lookup']);
		expect(answered).toEqual(['answered', 'answered']);
	});

	it('a history hook that throws neither fails nor changes the answer; failures are reported too', async () => {
		const reported: string[] = [];
		const engine = new CostEngine({
			source: pagedSource([['2']]),
			today,
			onAnswered: answered => {
				reported.push(answered.result === undefined ? 'failed' : 'answered');
				throw new Error('store down');
			},
		});
		expect((await engine.run(query)).rows).toHaveLength(1);
		await expect(engine.run({...query, granularity: 'HOURLY', period: {start: '2020-01-01' as IsoDate, end: '2020-02-01' as IsoDate}})).rejects.toThrow();
		expect(reported).toEqual(['answered', 'failed']);
	});

	it('streams pages without keeping them', async () => {
		const engine = new CostEngine({source: pagedSource([['1'], ['2'], ['3']]), today});
		let rows = 0;
		for await (const page of engine.streamPages(query)) rows += page.rows.length;
		expect(rows).toBe(3);
		expect(engine.sessionStats).toMatchObject({billableRequests: 3, pages: 3});
	});

	it('aborting one run leaves a concurrent run waiting on the same identity lookup alone', async () => {
		let answerIdentity: (identity: {account: string; principal: string}) => void = () => {};
		const seenSignals: (AbortSignal | undefined)[] = [];
		const source: CostSource = {
			...pagedSource([['2']]),
			identity: signal => {
				seenSignals.push(signal);
				return new Promise((resolve, reject) => {
					answerIdentity = resolve;
					signal?.addEventListener('abort', () => reject(signal.reason));
				});
			},
		};
		const engine = new CostEngine({source, today});
		const first = new AbortController();
		const aborted = engine.run(query, {signal: first.signal});
		const other = engine.run(query, {signal: new AbortController().signal});
		first.abort();
		await expect(aborted).rejects.toThrow();
		answerIdentity({account: '111111111111', principal: 'arn:aws:iam::111111111111:user/t'});
		expect(amountToString((await other).total)).toBe('2');
		expect(seenSignals).toEqual([undefined]);
	});

	it('stops at an aborted signal between pages', async () => {
		const controller = new AbortController();
		const engine = new CostEngine({source: pagedSource([['1'], ['2']]), today});
		await expect(engine.run(query, {signal: controller.signal, onPage: () => controller.abort()})).rejects.toThrow();
	});
});

describe('CostEngine.groupKeys', () => {
	const period = {start: '2026-11-01' as IsoDate, end: '2026-11-25' as IsoDate};

	it('asks the source once per period and counts what it billed', async () => {
		let asked = 0;
		const source: CostSource = {
			...pagedSource([]),
			groupKeys: async () => {
				asked++;
				return {tags: ['team'], costCategories: ['Business Unit'], billableRequests: 2};
			},
		};
		const engine = new CostEngine({source, today});
		expect(await engine.groupKeys(period)).toMatchObject({tags: ['team'], costCategories: ['Business Unit']});
		await engine.groupKeys(period);
		expect(asked).toBe(1);
		expect(engine.sessionStats).toMatchObject({billableRequests: 2, cacheHits: 1});
		await engine.groupKeys({...period, start: '2026-10-01' as IsoDate});
		expect(asked).toBe(2);
	});

	it('a failed listing is not kept: the next ask tries again', async () => {
		let asked = 0;
		const source: CostSource = {
			...pagedSource([]),
			groupKeys: async () => {
				asked++;
				if (asked === 1) throw new Error('throttled');
				return {tags: ['team'], costCategories: [], billableRequests: 1};
			},
		};
		const engine = new CostEngine({source, today});
		await expect(engine.groupKeys(period)).rejects.toThrow('throttled');
		expect((await engine.groupKeys(period)).tags).toEqual(['team']);
	});

	it('a source that cannot list them offers none, at no cost', async () => {
		const engine = new CostEngine({source: pagedSource([]), today});
		expect(await engine.groupKeys(period)).toEqual({tags: [], costCategories: [], billableRequests: 0});
		expect(engine.sessionStats.billableRequests).toBe(0);
	});
});
