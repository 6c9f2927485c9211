import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CostEngine} from '../../source/engine.js';
import type {Amount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {CostPage} from '../../source/rows.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {TODAY, CountingCostSource} from './cost-explorer-like.js';
import {SERVICE, query, useTempCaches} from './temp-cache.js';

/**
 * `--no-cache` neither reads nor writes the cache; `--refresh` does not read
 * it but stores what it fetched. Checked against a real cache file, through
 * the CLI (its counters see every read, its entries every write) and through
 * the engine (what a later run is answered with).
 */
const dir = tempDir('aws-cost-modes-');
afterAll(() => dir.remove());

interface Stats {
	entries: number;
	hits: number;
	misses: number;
}

const commands: ReadonlyArray<readonly [string, readonly string[]]> = [
	['query', ['query', '--demo', '--range', '2026-09', '--group-by', 'service']],
	['anomalies', ['anomalies', '--demo', '--range', '2026-09']],
	['forecast', ['forecast', '--demo']],
	['budgets', ['budgets', '--demo']],
];

describe.each(commands)('aws-cost %s against a real cache', (name, command) => {
	const env = isolatedEnv(join(dir.path, name));
	const cacheFile = join(env['AWS_COST_CACHE_DIR']!, 'cache.sqlite');
	const run = async (...extra: string[]): Promise<void> => {
		const result = await runCliInProcess([...command, '--format', 'json', ...extra], env);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	};
	beforeAll(async () => {
		if (name === 'budgets') expect((await runCliInProcess(['budgets', 'add', '--name', 'all', '--amount', '150000'], env)).code).toBe(0);
	});
	const stats = async (): Promise<Stats> => JSON.parse((await runCliInProcess(['cache', 'stats', '--format', 'json'], env)).stdout) as Stats;

	it('--no-cache on no cache creates none', async () => {
		await run('--no-cache');
		expect(existsSync(cacheFile)).toBe(false);
	});

	it('--no-cache neither reads nor writes a cache that exists', async () => {
		await run();
		const before = await stats();
		expect(before.entries).toBeGreaterThan(0);
		await runCliInProcess(['cache', 'clear'], env);
		await run('--no-cache');
		expect(await stats()).toMatchObject({entries: 0, hits: 0, misses: 0});
	});

	it('--refresh does not read the cache, and stores what it fetched', async () => {
		await run();
		const before = await stats();
		await run('--refresh');
		const after = await stats();
		expect(after).toMatchObject({hits: before.hits, misses: before.misses, entries: before.entries});
		// What --refresh stored answers the next plain run: one more hit per query, no miss.
		await run();
		expect((await stats()).misses).toBe(before.misses);
		expect((await stats()).hits).toBeGreaterThan(before.hits);
	});
});

describe('aws-cost ask --no-cache against a real cache', () => {
	it('neither reads nor writes it', async () => {
		const env = isolatedEnv(join(dir.path, 'ask'));
		const ask = async (...extra: string[]) =>
			runCliInProcess(['ask', '--demo', '--offline', 'What did we spend on EC2 in September 2026?', ...extra], env);
		expect((await ask('--no-cache')).code).toBe(0);
		expect(existsSync(join(env['AWS_COST_CACHE_DIR']!, 'cache.sqlite'))).toBe(false);
		expect((await ask()).code).toBe(0);
		const stats = async (): Promise<Stats> => JSON.parse((await runCliInProcess(['cache', 'stats', '--format', 'json'], env)).stdout) as Stats;
		const before = await stats();
		expect(before.entries).toBeGreaterThan(0);
		await runCliInProcess(['cache', 'clear'], env);
		expect((await ask('--no-cache')).code).toBe(0);
		expect(await stats()).toMatchObject({entries: 0, hits: 0, misses: 0});
	});
});

describe('the engine over a real cache when the source’s figures change', () => {
	const caches = useTempCaches();
	const august = query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]);

	/** A source whose amounts are those of the test bill times `factor`: a revised bill. */
	class RevisedSource extends CountingCostSource {
		factor = 1n;
		override async *costAndUsage(input: CostQuery): AsyncIterable<CostPage> {
			for await (const page of super.costAndUsage(input)) {
				yield {...page, rows: page.rows.map(row => ({...row, amount: (row.amount * this.factor) as Amount}))};
			}
		}
	}

	it('--refresh answers with the new figures and stores them; --no-cache stores nothing', async () => {
		const cache = await caches.open();
		const source = new RevisedSource();
		const engine = new CostEngine({source, cache, today: TODAY});
		const original = await engine.run(august);
		source.factor = 2n;
		const refreshed = await engine.run(august, {refresh: true});
		expect(refreshed.stats.cacheHits).toBe(0);
		expect(refreshed.total).not.toEqual(original.total);
		expect((await engine.run(august)).total).toEqual(refreshed.total);
		source.factor = 3n;
		const uncached = await engine.run(august, {noCache: true});
		expect(uncached.stats.cacheHits).toBe(0);
		expect((await engine.run(august)).total).toEqual(refreshed.total);
		expect(await cache.stats()).toMatchObject({entries: 1, hits: 2, misses: 1});
	});
});
