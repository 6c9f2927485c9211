import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CliRun, isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

/**
 * A damaged cache file, as a crash, a full disk or another program leaves
 * it, run through the CLI: every command still answers (from the source),
 * with one warning line, and the damaged file is kept aside.
 */
const dir = tempDir('aws-cost-damaged-');
afterAll(() => dir.remove());

const pageSize = 4096;
const grouped = ['--granularity', 'daily', '--group-by', 'service', '--group-by', 'region'];
const august = ['query', '--demo', '--range', '2026-08', ...grouped, '--format', 'json'];
let intactCache: string;
let uncachedTotal: string;

interface QueryJson {
	total: {exact: string} | null;
	stats: {cacheHits: number};
}

beforeAll(async () => {
	// Three months of daily rows by service and region: a file of many pages for the damage to land in.
	const env = isolatedEnv(join(dir.path, 'intact'));
	for (const month of ['2026-07', '2026-08', '2026-09']) {
		expect((await runCliInProcess(['query', '--demo', '--range', month, ...grouped, '--format', 'json'], env)).code).toBe(0);
	}
	intactCache = join(env['AWS_COST_CACHE_DIR']!, 'cache.sqlite');
	const uncached = await runCliInProcess([...august, '--no-cache'], env);
	uncachedTotal = (JSON.parse(uncached.stdout) as QueryJson).total!.exact;
}, 60_000);

type Damage = (bytes: Buffer) => Buffer;

const damages: ReadonlyArray<readonly [string, Damage]> = [
	['random bytes', () => Buffer.from(Array.from({length: 50_000}, (_, index) => (index * 7919 + 13) % 256))],
	['truncated to half', bytes => bytes.subarray(0, Math.floor(bytes.length / 2))],
	['truncated inside the header', bytes => bytes.subarray(0, 60)],
	['bytes flipped in the file header', bytes => flip(bytes, offsets(16, 100))],
	['bytes flipped in every page header', bytes => flip(bytes, pages(bytes).flatMap(page => offsets(page, page + 12)))],
	['one byte flipped in every b-tree page', bytes => flip(bytes, pages(bytes).map(page => page + 9))],
];

function offsets(from: number, to: number): number[] {
	return Array.from({length: to - from}, (_, index) => from + index);
}

/** The start of every page but the first (which holds the file header and the schema). */
function pages(bytes: Buffer): number[] {
	return offsets(1, Math.floor(bytes.length / pageSize)).map(page => page * pageSize);
}

function flip(bytes: Buffer, at: readonly number[]): Buffer {
	const copy = Buffer.from(bytes);
	for (const offset of at) copy[offset] = copy[offset]! ^ 0x55;
	return copy;
}

/** A fresh environment whose cache file is the intact one, damaged. */
function damagedEnv(name: string, damage: Damage): {env: NodeJS.ProcessEnv; cacheDir: string} {
	const env = isolatedEnv(join(dir.path, name.replaceAll(' ', '-')));
	const cacheDir = env['AWS_COST_CACHE_DIR']!;
	mkdirSync(cacheDir, {recursive: true});
	writeFileSync(join(cacheDir, 'cache.sqlite'), damage(readFileSync(intactCache)));
	return {env, cacheDir};
}

function expectOneDamageWarning(run: CliRun, cacheDir: string): void {
	const lines = run.stderr.split('\n').filter(line => line !== '');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/^aws-cost: warning: The cost cache at .*cache\.sqlite was damaged \([^)]+\): moved it to .*cache\.sqlite\.corrupt-\S+ and started a new one\.$/);
	expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
	expect(readdirSync(cacheDir).filter(name => /^cache\.sqlite\.corrupt-[\dT-]+Z$/.test(name))).toHaveLength(1);
}

describe.each(damages)('a cache file with %s', (name, damage) => {
	it('query answers from the source with one warning, and caches again afterwards', async () => {
		const {env, cacheDir} = damagedEnv(`${name} query`, damage);
		const first = await runCliInProcess(august, env);
		expect(first.code).toBe(0);
		expect((JSON.parse(first.stdout) as QueryJson).total?.exact).toBe(uncachedTotal);
		expectOneDamageWarning(first, cacheDir);
		const second = await runCliInProcess(august, env);
		expect(second.stderr).toBe('');
		expect(JSON.parse(second.stdout)).toMatchObject({total: {exact: uncachedTotal}, stats: {cacheHits: 1}});
	});

	it('cache clear and cache stats work, with one warning', async () => {
		const {env, cacheDir} = damagedEnv(`${name} clear`, damage);
		const cleared = await runCliInProcess(['cache', 'clear'], env);
		expect(cleared).toMatchObject({code: 0, stdout: 'Cache cleared.\n'});
		expectOneDamageWarning(cleared, cacheDir);
		const stats = await runCliInProcess(['cache', 'stats', '--format', 'json'], env);
		expect(stats).toMatchObject({code: 0, stderr: ''});
		expect(JSON.parse(stats.stdout)).toMatchObject({entries: 0});
	});
});

describe('bytes flipped inside stored answers', () => {
	it('are a miss (the entries carry checksums), never another figure', async () => {
		const {env} = damagedEnv('flipped in values', bytes => {
			// The first digit of every stored amount (`…],"123.45",…`): SQLite sees nothing wrong, the checksum does.
			const copy = Buffer.from(bytes);
			for (const match of bytes.toString('latin1').matchAll(/\],"\d/g)) {
				const at = match.index + 3;
				copy[at] = copy[at] === 0x31 ? 0x32 : 0x31;
			}
			return copy;
		});
		const run = await runCliInProcess(august, env);
		expect(run.code).toBe(0);
		expect((JSON.parse(run.stdout) as QueryJson).total?.exact).toBe(uncachedTotal);
	});
});

describe('two commands finding the same damage at once', () => {
	it('both answer, and the file is moved aside once (never the new one)', async () => {
		const {env, cacheDir} = damagedEnv('concurrent', bytes => flip(bytes, offsets(16, 100)));
		const runs = await Promise.all([runCliInProcess(august, env), runCliInProcess(august, env)]);
		for (const run of runs) {
			expect(run.code).toBe(0);
			expect((JSON.parse(run.stdout) as QueryJson).total?.exact).toBe(uncachedTotal);
		}
		expect(readdirSync(cacheDir).filter(name => /^cache\.sqlite\.corrupt-[\dT-]+Z$/.test(name))).toHaveLength(1);
	});
});
