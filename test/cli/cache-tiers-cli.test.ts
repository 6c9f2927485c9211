import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-cli-tiers-');
let redis: RedisServer;
/** Two people on two machines: their own cache files. */
const ana = () => isolatedEnv(join(dir.path, 'ana'));
const ben = () => isolatedEnv(join(dir.path, 'ben'));

beforeAll(async () => {
	redis = await startRedis();
}, 60_000);
afterAll(async () => {
	await redis?.remove();
	dir.remove();
});

interface Stats {
	entries: number;
	hits: number;
	tiers: {tier: string; where: string; available: boolean; entries: number; bytes: number; hits: number; misses: number; hitLatencyMs: number | null}[];
}

const query = ['query', '--demo', '--range', 'last-month', '--group-by', 'SERVICE', '--format', 'json'];

describe('the shared cache tier from the CLI', () => {
	it('answers one machine from what another fetched, and reports each tier in `cache stats`', async () => {
		const first = await runCliInProcess([...query, '--cache-url', redis.url], ana());
		expect(first.stderr).toBe('');
		const second = await runCliInProcess(query, {...ben(), AWS_COST_CACHE_URL: redis.url});
		expect(second.stderr).toBe('');
		expect(JSON.parse(second.stdout)).toMatchObject({stats: {cacheHits: 1, billableRequests: 0}});

		const stats = await runCliInProcess(['cache', 'stats', '--format', 'json', '--cache-url', redis.url], ben());
		const report = JSON.parse(stats.stdout) as Stats;
		expect(report.tiers.map(({tier, hits, misses}) => ({tier, hits, misses}))).toEqual([
			{tier: 'l1', hits: 0, misses: 1},
			{tier: 'l2', hits: 0, misses: 1},
			{tier: 'l3', hits: 1, misses: 0},
		]);
		expect(report.tiers[2]).toMatchObject({where: redis.url, available: true});
		expect(report.tiers[2]!.entries).toBeGreaterThan(0);
		expect(report.tiers[2]!.hitLatencyMs).toBeGreaterThanOrEqual(0);
		// Ben's file got its copy of the answer.
		expect(report.tiers[1]!.entries).toBe(1);

		const table = await runCliInProcess(['cache', 'stats'], {...ben(), AWS_COST_CACHE_URL: redis.url});
		expect(table.stdout).toMatch(/^Tier\s+Entries\s+Size\s+Hits\s+Misses\s+Hit latency$/m);
		expect(table.stdout).toMatch(/^L1 memory\s+0\s+0 B\s+0\s+1\s+-$/m);
		expect(table.stdout).toMatch(/^L3 Redis\s+\d+\s+[\d.]+ KiB\s+1\s+0\s+\d+(\.\d)? (µs|ms)$/m);
		expect(table.stdout).toContain(`L3 Redis:       ${redis.url}`);
	});

	it('refuses a --cache-url that is not Redis’s in one line', async () => {
		const run = await runCliInProcess([...query, '--cache-url', 'http://user:secret@127.0.0.1:1'], ana());
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('aws-cost: --cache-url cannot be used: it must start with redis:// or rediss://.\n');
	});

	it('answers with Redis down, saying so once on stderr, and clears what it can', async () => {
		const stopped = await startRedis();
		await stopped.stop();
		try {
			const run = await runCliProcess([...query, '--range', 'this-month'], {...ana(), AWS_COST_CACHE_URL: stopped.url});
			expect(run.code).toBe(0);
			expect(JSON.parse(run.stdout)).toMatchObject({stats: {billableRequests: expect.any(Number)}});
			const lines = run.stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`^aws-cost: warning: The shared cache at ${stopped.url} cannot be used \\(.+\\): answering from the memory and file caches, and trying to reconnect\\.$`));
			const clear = await runCliInProcess(['cache', 'clear'], {...ana(), AWS_COST_CACHE_URL: stopped.url});
			expect(clear.code).toBe(1);
			expect(clear.stderr).toMatch(/The file cache was cleared, but the shared Redis cache could not be: try again once it answers\.\n$/);
		} finally {
			await stopped.remove();
		}
	}, 60_000);
});
