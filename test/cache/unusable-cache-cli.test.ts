import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CliRun, isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

/**
 * A cache that cannot be used (read-only, no way to create it) costs one
 * warning line and the cache, never the answer: every command exits 0.
 */
const dir = tempDir('aws-cost-unusable-');
afterAll(() => {
	chmodSync(dir.path, 0o700);
	dir.remove();
});

const september = ['query', '--demo', '--range', '2026-09', '--format', 'json'];
let uncachedTotal: string;

beforeAll(async () => {
	const run = await runCliInProcess([...september, '--no-cache'], isolatedEnv(join(dir.path, 'reference')));
	uncachedTotal = (JSON.parse(run.stdout) as {total: {exact: string}}).total.exact;
});

function envNamed(name: string): {env: NodeJS.ProcessEnv; cacheDir: string} {
	const env = isolatedEnv(join(dir.path, name));
	mkdirSync(join(dir.path, name), {recursive: true});
	return {env, cacheDir: env['AWS_COST_CACHE_DIR']!};
}

function expectOneWarning(run: CliRun, problem: RegExp): void {
	const lines = run.stderr.split('\n').filter(line => line !== '');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/^aws-cost: warning: Cannot use the cost cache/);
	expect(lines[0]).toMatch(problem);
	expect(lines[0]).toMatch(/Continuing without the cache\.$/);
	expect(lines[0]).not.toMatch(/ENOTDIR|EEXIST|EACCES|SQLITE_/);
}

function expectUncachedAnswer(run: CliRun): void {
	expect(run.code).toBe(0);
	expect(JSON.parse(run.stdout)).toMatchObject({total: {exact: uncachedTotal}, stats: {cacheHits: 0}});
}

describe('something in the way of the cache', () => {
	it('a file where the cache directory should be: every command answers, with one warning', async () => {
		const {env, cacheDir} = envNamed('file-for-directory');
		writeFileSync(cacheDir, 'not a directory');
		const query = await runCliInProcess(september, env);
		expectUncachedAnswer(query);
		expectOneWarning(query, /directory .* \(a file is in the way\)/);
		for (const command of [
			['anomalies', '--demo', '--range', '2026-09'],
			['forecast', '--demo'],
			['ask', '--demo', '--offline', 'What did we spend last month?'],
		]) {
			const run = await runCliInProcess(command, env);
			expect(run.code).toBe(0);
			expectOneWarning(run, /a file is in the way/);
		}
	});

	it('a directory where the cache file should be: one warning, an answer', async () => {
		const {env, cacheDir} = envNamed('directory-for-file');
		mkdirSync(join(cacheDir, 'cache.sqlite'), {recursive: true});
		const run = await runCliInProcess(september, env);
		expectUncachedAnswer(run);
		expectOneWarning(run, /cache\.sqlite \(a directory or device is in the way\)/);
	});

	it('cache stats says the cache is not in use; cache clear says nothing was cleared', async () => {
		const {env, cacheDir} = envNamed('stats-and-clear');
		writeFileSync(cacheDir, 'not a directory');
		const stats = await runCliInProcess(['cache', 'stats', '--format', 'json'], env);
		expect(stats.code).toBe(0);
		expect(JSON.parse(stats.stdout)).toMatchObject({inUse: false, problem: expect.stringMatching(/a file is in the way/)});
		const clear = await runCliInProcess(['cache', 'clear'], env);
		expect(clear.code).toBe(1);
		expect(clear.stderr).toMatch(/^aws-cost: Cannot use the cost cache directory .* \(a file is in the way\)\. Nothing was cleared\.\n$/);
	});
});

const asRoot = process.getuid?.() === 0;

/**
 * Runs the CLI where file modes apply: in this process, or as root, in a
 * process that lost the capabilities that let root write past them.
 */
async function runWithoutPrivileges(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
	return asRoot ? runCliProcess(argv, env, {withoutFileOverride: true}) : runCliInProcess(argv, env);
}

describe.skipIf(process.platform === 'win32')('a cache the user may not write', () => {
	it('a read-only cache file: one warning, an answer, the file untouched', async () => {
		const {env, cacheDir} = envNamed('read-only-file');
		expect((await runCliInProcess(september, env)).code).toBe(0);
		const file = join(cacheDir, 'cache.sqlite');
		chmodSync(file, 0o444);
		const before = readFileSync(file);
		const run = await runWithoutPrivileges(september, env);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({total: {exact: uncachedTotal}});
		expectOneWarning(run, /cache\.sqlite \(the file is read-only\)/);
		expect(readFileSync(file).equals(before)).toBe(true);
	}, 30_000);

	it('a cache directory the user may not write: one warning, an answer', async () => {
		const {env, cacheDir} = envNamed('read-only-directory');
		mkdirSync(cacheDir, {mode: 0o555});
		const run = await runWithoutPrivileges(september, env);
		expectUncachedAnswer(run);
		expectOneWarning(run, /\(its directory is not writable\)/);
	}, 30_000);
});
