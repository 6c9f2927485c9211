import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const dir = tempDir('aws-cost-serve-');
const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config')});
afterAll(() => dir.remove());

const SECRET = 'process-secret-0123456789abcdef';

interface Served {
	readonly child: ChildProcessWithoutNullStreams;
	readonly url: string;
	output(): string;
	stop(): Promise<number | null>;
}

/** `aws-cost serve` as its own process, once it says where it serves. */
function serve(argv: readonly string[], extraEnv: NodeJS.ProcessEnv): Promise<Served> {
	const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'cli.ts'), 'serve', '--demo', '--port', '0', ...argv], {cwd: repoRoot, env: {...env, ...extraEnv}});
	let stdout = '';
	let stderr = '';
	return new Promise((resolve, reject) => {
		child.stderr.on('data', chunk => (stderr += chunk));
		child.stdout.on('data', chunk => {
			stdout += chunk;
			const url = /serving .* on (http:\/\/\S+)/.exec(stdout)?.[1];
			if (url !== undefined)
				resolve({
					child,
					url,
					output: () => stdout + stderr,
					stop: () =>
						new Promise(done => {
							child.once('close', done);
							child.kill('SIGTERM');
						}),
				});
		});
		child.once('close', code => reject(new Error(`serve exited ${code}: ${stderr}`)));
	});
}

describe('aws-cost serve as a process', () => {
	it('refuses a non-loopback address without tokens, in one line', async () => {
		const run = await runCliProcess(['serve', '--demo', '--host', '127.0.0.2', '--port', '0'], env);
		expect(run.code).toBe(2);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/--host "?127\.0\.0\.2"? is not a loopback address: set API tokens \(AWS_COST_API_TOKENS\)/);
	});

	it.each([
		[{AWS_COST_API_TOKENS: 'ops:read:short'}, [], /at least 24 characters/],
		[{}, ['--log-level', 'loud'], /--log-level "?loud"? is not one of/],
		[{}, ['--rate-limit', 'many'], /--rate-limit "?many"? must be a number/],
		[{}, ['--cors-origin', 'https://a.example/path'], /--cors-origin .* must be an origin/],
	])('refuses bad operational settings %#', async (extra, argv, message) => {
		const run = await runCliProcess(['serve', '--demo', '--port', '0', ...argv], {...env, ...extra});
		expect(run.code).not.toBe(0);
		expect(run.stderr).toMatch(message);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	});

	it('serves beyond loopback with tokens, logging JSON with request ids and no secret', async () => {
		const served = await serve(['--host', '127.0.0.2'], {AWS_COST_API_TOKENS: `ops:read:${SECRET}`});
		try {
			expect(served.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
			const denied = await fetch(`${served.url}/api/v1/costs?range=last-month`);
			expect(denied.status).toBe(401);
			const leaked = await fetch(`${served.url}/api/v1/costs?range=last-month&access_token=${SECRET}`, {headers: {authorization: `Bearer ${SECRET}`}});
			expect(leaked.status).toBe(400);
			expect(await leaked.text()).not.toContain(SECRET);
			const answered = await fetch(`${served.url}/api/v1/costs?range=last-month`, {headers: {authorization: `Bearer ${SECRET}`}});
			expect(answered.status).toBe(200);
			const id = answered.headers.get('x-request-id');
			expect(id).toMatch(/^[0-9a-f-]{36}$/);
			await new Promise(resolve => setTimeout(resolve, 300));
			const lines = served
				.output()
				.split('\n')
				.filter(line => line.startsWith('{'))
				.map(line => JSON.parse(line) as {reqId?: string; level: number; msg: string});
			expect(lines.some(line => line.reqId === id && line.msg === 'request completed')).toBe(true);
			expect(served.output()).not.toContain(SECRET);
		} finally {
			expect(await served.stop()).toBe(0);
		}
	});
});
