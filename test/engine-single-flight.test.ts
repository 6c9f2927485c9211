import {DEMO_CAPABILITIES} from '../source/sources/demo/capabilities.js';
import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import {amountToString, parseAmount} from '../source/money.js';
import type {CostQuery} from '../source/query.js';
import type {CostPage} from '../source/rows.js';
import type {CostSource} from '../source/sources/source.js';

const today = '2026-11-25' as IsoDate;
const query: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-10-03' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'demo'},
};

const page = (amount: string): CostPage => ({
	rows: [{start: '2026-10-01', end: '2026-10-02', keys: [], amount: parseAmount(amount), unit: 'USD', estimated: false}],
	fromCache: false,
	billableRequests: 1,
});

/** A source whose answers wait for `release()`: two pages, one billable request each. */
function gatedSource() {
	const calls: {signal: AbortSignal | undefined}[] = [];
	let release = (): void => {};
	let gate = new Promise<void>(resolve => (release = resolve));
	let failNext: Error | undefined;
	const source: CostSource = {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		identity: async () => ({account: '111111111111', principal: 'arn:aws:iam::111111111111:user/t'}),
		async *costAndUsage(_query, signal): AsyncIterable<CostPage> {
			calls.push({signal});
			const failure = failNext;
			failNext = undefined;
			yield page('1.25');
			await new Promise<void>((resolve, reject) => {
				void gate.then(resolve);
				signal?.addEventListener('abort', () => reject(signal.reason), {once: true});
			});
			if (failure !== undefined) throw failure;
			yield page('2.5');
		},
		dimensionValues: async () => [],
		forecast: () => Promise.reject(new Error('unused')),
		anomalies: async () => [],
		accounts: async () => [],
	};
	return {
		source,
		calls,
		release: () => release(),
		rearm: () => (gate = new Promise<void>(resolve => (release = resolve))),
		failNextWith: (error: Error) => (failNext = error),
	};
}

const settle = () => new Promise(resolve => setImmediate(resolve));

describe('CostEngine single-flight', () => {
	it('answers 50 identical runs at once with one set of source requests', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		const runs = Array.from({length: 50}, () => engine.run(query));
		await settle();
		fake.release();
		const results = await Promise.all(runs);
		expect(fake.calls).toHaveLength(1);
		for (const result of results) expect(amountToString(result.total)).toBe('3.75');
		// One answer paid for twice over two pages; the 49 others were served by it, like cache hits.
		expect(results.filter(result => result.stats.billableRequests === 2)).toHaveLength(1);
		expect(results.filter(result => result.stats.billableRequests === 0 && result.stats.cacheHits === 1)).toHaveLength(49);
		expect(engine.sessionStats).toEqual({billableRequests: 2, cacheHits: 49, pages: 51});
	});

	it('runs different queries and different cache modes on their own', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		const runs = [
			engine.run(query),
			engine.run({...query, metric: 'AmortizedCost'}),
			engine.run(query, {noCache: true}),
			engine.run(query, {refresh: true}),
			engine.run(query, {allowStale: true}),
			engine.run({...query, scope: {source: 'demo', account: '222222222222'}}),
		];
		await settle();
		fake.release();
		await Promise.all(runs);
		expect(fake.calls).toHaveLength(6);
	});

	it('shares queries that differ only in how they are written', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		const filter = (values: string[]) => ({Dimensions: {Key: 'SERVICE' as const, Values: values}});
		const runs = [engine.run({...query, filter: filter(['b', 'a'])}), engine.run({...query, filter: filter(['a', 'b'])})];
		await settle();
		fake.release();
		await Promise.all(runs);
		expect(fake.calls).toHaveLength(1);
	});

	it('ends only the aborted caller\'s wait while others still wait', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		const controller = new AbortController();
		const pagesSeen: number[] = [];
		const aborted = engine.run(query, {signal: controller.signal});
		const kept = engine.run(query, {onPage: (_page, rowsSoFar) => pagesSeen.push(rowsSoFar)});
		await settle();
		controller.abort(new Error('gone'));
		await expect(aborted).rejects.toThrow('gone');
		expect(fake.calls[0]!.signal?.aborted).toBe(false);
		fake.release();
		expect(amountToString((await kept).total)).toBe('3.75');
		// A caller that joined sees the pages that arrive while it waits.
		expect(pagesSeen).toEqual([1, 2]);
	});

	it('stops the source once every caller has gone, and the next caller starts afresh', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		const first = new AbortController();
		const second = new AbortController();
		const runs = [engine.run(query, {signal: first.signal}), engine.run(query, {signal: second.signal})];
		await settle();
		first.abort(new Error('first gone'));
		second.abort(new Error('second gone'));
		await expect(runs[0]).rejects.toThrow('first gone');
		await expect(runs[1]).rejects.toThrow('second gone');
		expect(fake.calls[0]!.signal?.aborted).toBe(true);
		fake.release();
		const again = await engine.run(query);
		expect(fake.calls).toHaveLength(2);
		expect(again.stats.billableRequests).toBe(2);
	});

	it('gives every waiter the failure, and keeps none of it', async () => {
		const fake = gatedSource();
		const engine = new CostEngine({source: fake.source, today});
		fake.failNextWith(new Error('Cost Explorer is down'));
		const runs = [engine.run(query), engine.run(query), engine.run(query)];
		await settle();
		fake.release();
		for (const run of runs) await expect(run).rejects.toThrow('Cost Explorer is down');
		expect(fake.calls).toHaveLength(1);
		fake.rearm();
		const retry = engine.run(query);
		await settle();
		fake.release();
		expect(amountToString((await retry).total)).toBe('3.75');
		expect(fake.calls).toHaveLength(2);
	});
});
