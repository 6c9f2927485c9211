import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {CostEngine, describeAge} from '../source/engine.js';
import {CostError} from '../source/errors.js';
import {amountToString, parseAmount} from '../source/money.js';
import type {CostPage} from '../source/rows.js';
import type {CostSource} from '../source/sources/source.js';
import {ANA, ManualClock, query, useTempCaches} from './cache/temp-cache.js';
import {DEMO_CAPABILITIES} from '../source/sources/demo/capabilities.js';

const today = '2026-11-25' as IsoDate;
const asked = query('2026-11-20', '2026-11-22', 'DAILY');

/** A source that answers `amount` until told to fail with `failure`. */
function switchableSource(amount: string): CostSource & {failWith(error: Error | undefined): void} {
	let failure: Error | undefined;
	return {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		failWith: error => (failure = error),
		identity: async () => ANA,
		async *costAndUsage(): AsyncIterable<CostPage> {
			if (failure) throw failure;
			yield {rows: [{start: '2026-11-20', end: '2026-11-21', keys: [], amount: parseAmount(amount), unit: 'USD', estimated: false}], fromCache: false, billableRequests: 1};
		},
		dimensionValues: async () => [],
		forecast: () => Promise.reject(new Error('unused')),
		anomalies: async () => [],
		accounts: async () => [],
	};
}

const down = () => new CostError('timed-out', 'Cost Explorer at http://127.0.0.1:1 timed out.', undefined, {sourceDown: true});

describe('stale answers when the source is down', () => {
	const caches = useTempCaches();

	it('offers the last cached answer, labelled with its age, only when asked to', async () => {
		const clock = new ManualClock(Date.UTC(2026, 10, 25, 9));
		const source = switchableSource('12.5');
		const engine = new CostEngine({source, today, cache: await caches.open(clock), now: clock.now});
		await engine.run(asked);
		await engine.settled();
		clock.advance(3 * 3600_000);
		source.failWith(down());

		await expect(engine.run(asked, {refresh: true})).rejects.toThrow(/timed out\. An answer cached 3 h ago can stand in: --allow-stale \(aws-cost query\) shows it/);
		const stale = await engine.run(asked, {refresh: true, allowStale: true});
		expect(stale.stale).toEqual({asOf: '2026-11-25T09:00:00.000Z', age: '3 h', reason: down().message});
		expect(amountToString(stale.total)).toBe('12.5');
		expect(stale.stats.billableRequests).toBe(0);
	});

	it('serves a stale answer past its expiry, when the fresh cache has nothing', async () => {
		const clock = new ManualClock(Date.UTC(2026, 10, 25, 9));
		const source = switchableSource('7');
		const engine = new CostEngine({source, today, cache: await caches.open(clock), now: clock.now});
		await engine.run(asked);
		await engine.settled();
		clock.advance(40 * 24 * 3600_000);
		source.failWith(down());
		const stale = await engine.run(asked, {allowStale: true});
		expect(stale.stale?.age).toBe('40 days');
	});

	it('never stands in for failures that are not outages, nor without a cached answer', async () => {
		const clock = new ManualClock();
		const source = switchableSource('1');
		const engine = new CostEngine({source, today, cache: await caches.open(clock), now: clock.now});
		source.failWith(down());
		await expect(engine.run(asked, {allowStale: true})).rejects.toThrow(/^Cost Explorer at http:\/\/127\.0\.0\.1:1 timed out\.$/);
		source.failWith(undefined);
		await engine.run(asked);
		source.failWith(new CostError('access-denied', 'Access denied: these credentials lack ce:GetCostAndUsage.'));
		await expect(engine.run(asked, {refresh: true, allowStale: true})).rejects.toThrow(/^Access denied/);
	});

	it('keeps identities apart: another identity has no stale answer', async () => {
		const clock = new ManualClock();
		const cache = await caches.open(clock);
		await new CostEngine({source: switchableSource('5'), today, cache}).run(asked);
		const other = switchableSource('5');
		other.identity = async () => ({account: '999999999999', principal: 'arn:aws:iam::999999999999:user/x'});
		other.failWith(down());
		await expect(new CostEngine({source: other, today, cache}).run(asked, {allowStale: true})).rejects.toThrow(/timed out\.$/);
	});

	it.each([
		[12_000, '12 s'],
		[30 * 60_000, '30 min'],
		[5 * 3600_000, '5 h'],
		[72 * 3600_000, '3 days'],
	])('describes %d ms as %s', (ms, text) => {
		expect(describeAge(ms)).toBe(text);
	});
});
