import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {startServeProcess} from '../fixtures/serve-process.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {startHttpReceiver} from './receivers.js';
import {runLogged} from './report-run.js';

describe('aws-cost serve --watch-config', () => {
	const dir = tempDir('aws-cost-serve-watch-');
	afterAll(() => dir.remove());

	it('runs the watch beside the API and stops it cleanly on SIGTERM', async () => {
		const hook = await startHttpReceiver();
		const config = join(dir.path, 'watch.json');
		writeFileSync(config, JSON.stringify({every: '1d', report: 'daily', to: [`webhook:${hook.url('/in')}`]}));
		const server = await startServeProcess(['--demo', '--watch-config', config, '--log-level', 'silent'], isolatedEnv(dir.path), 90_000);
		try {
			const deadline = Date.now() + 90_000;
			while (hook.requests.length === 0 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 100));
			expect(hook.requests).toHaveLength(1);
			expect(JSON.parse(hook.requests[0]!.body)).toMatchObject({version: 1, type: 'aws-cost.report'});
			const health = await fetch(`${server.url}/health`);
			expect(health.status).toBe(200);
		} finally {
			expect(await server.stop('SIGTERM')).toBe(0);
			await hook.close();
		}
		expect(server.output()).toMatch(/aws-cost: watch: report for demo sent to webhook \(127\.0\.0\.1:\d+\)/);
	}, 180_000);

	it('refuses a bad watch file with one line and exit 2, before listening', async () => {
		const config = join(dir.path, 'bad.json');
		writeFileSync(config, JSON.stringify({every: '1d', report: 'daily', to: 'slack'}));
		const run = await runLogged(['serve', '--demo', '--port', '0', '--watch-config', config], isolatedEnv(dir.path));
		expect(run.stderr).toMatch(/^aws-cost: --watch-config ".*bad\.json": to: .*\n$/);
		expect(run.code).toBe(2);
	});
});
