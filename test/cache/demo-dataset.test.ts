import {afterAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {query, useTempCaches} from './temp-cache.js';

interface QueryJson {
	total: {exact: string} | null;
	stats: {billableRequests: number; cacheHits: number};
}

const dir = tempDir();
afterAll(() => dir.remove());

async function queryJson(args: readonly string[], env: NodeJS.ProcessEnv): Promise<QueryJson> {
	const run = await runCliInProcess(['query', '--demo', ...args, '--format', 'json'], env);
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as QueryJson;
}

describe('the demo cache keeps each demo dataset apart', () => {
	it('query --today: another day is not answered with the first day’s figures', async () => {
		const env = isolatedEnv(`${dir.path}/query`);
		const september = ['--range', '2026-09'];
		const yearEnd = await queryJson([...september, '--today', '2026-12-31'], env);
		const november = await queryJson([...september, '--today', '2026-11-25'], env);
		const uncached = await queryJson([...september, '--today', '2026-11-25', '--no-cache'], env);
		expect(november.stats.cacheHits).toBe(0);
		expect(november.total?.exact).toBe(uncached.total?.exact);
		expect(november.total?.exact).not.toBe(yearEnd.total?.exact);
		// The same day again is still a hit: the cache still works.
		const again = await queryJson([...september, '--today', '2026-11-25'], env);
		expect(again.stats).toMatchObject({cacheHits: 1, billableRequests: 0});
		expect(again.total?.exact).toBe(uncached.total?.exact);
	});

	it('anomalies --today: another day finds that day’s anomalies', async () => {
		const env = isolatedEnv(`${dir.path}/anomalies`);
		const anomalies = async (...args: string[]): Promise<unknown> => {
			const run = await runCliInProcess(['anomalies', '--demo', '--range', '2026-09', '--format', 'json', ...args], env);
			expect(run.code).toBe(0);
			const {anomalies: found} = JSON.parse(run.stdout) as {anomalies: unknown};
			return found;
		};
		const yearEnd = await anomalies('--today', '2026-12-31');
		const november = await anomalies('--today', '2026-11-25');
		const uncached = await anomalies('--today', '2026-11-25', '--no-cache');
		expect(november).toEqual(uncached);
		expect(november).not.toEqual(yearEnd);
	});
});

describe('demo identity', () => {
	const caches = useTempCaches();
	const september = query('2026-09-01', '2026-10-01', 'MONTHLY');

	const november = '2026-11-25' as IsoDate;

	it.each([
		['another today', '2026-12-31' as IsoDate, 42],
		['another seed', november, 7],
	])('%s is another dataset: no cached answer is shared', async (_name, today, seed) => {
		const cache = await caches.open();
		const first = new CostEngine({source: createDemoSource({today: november}), cache, today: november});
		await first.run(september);
		const source = createDemoSource({today, seed});
		const second = new CostEngine({source, cache, today});
		const result = await second.run(september);
		expect(result.stats.cacheHits).toBe(0);
		expect(await source.identity()).not.toEqual(await first.identity());
	});
});
