import {describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess} from '../fixtures/run-cli.js';

const answer = {
	json: {ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {UnblendedCost: {Amount: '42.5', Unit: 'USD'}}, Groups: [], Estimated: false}]},
};

describe('aws-cost query when Cost Explorer is down', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;
	const env = () => isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'x', AWS_ENDPOINT_URL: local.server().endpoint, AWS_MAX_ATTEMPTS: '1'});

	it('offers the last cached answer, and prints it labelled stale with --allow-stale', async () => {
		local.server().script('GetCostAndUsage', answer);
		expect((await runCliProcess(['query', '--format', 'json'], env())).code).toBe(0);
		local.server().fallback('GetCostAndUsage', {error: 'InternalServerError', status: 503});

		const refused = await runCliProcess(['query', '--refresh', '--format', 'json'], env());
		expect(refused.code).toBe(1);
		expect(refused.stdout).toBe('');
		expect(refused.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/HTTP 503.*An answer cached \d+ s ago can stand in: --allow-stale \(aws-cost query\) shows it/)]);

		const stale = await runCliProcess(['query', '--refresh', '--allow-stale', '--format', 'json'], env());
		expect(stale.code).toBe(0);
		const json = JSON.parse(stale.stdout);
		expect(json.total.exact).toBe('42.5');
		expect(json.stale.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
		expect(stale.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^aws-cost: warning: STALE answer from \S+ \(\d+ s old\): Cost Explorer is failing \(HTTP 503\)/)]);
	}, 60_000);

	it('refuses --allow-stale with --no-cache, and on commands that do not offer it', async () => {
		const both = await runCliInProcess(['query', '--no-cache', '--allow-stale'], env());
		expect(both.code).toBe(2);
		expect(both.stderr).toMatch(/--allow-stale answers from the cache/);
		const forecast = await runCliInProcess(['forecast', '--demo', '--allow-stale'], env());
		expect(forecast.code).toBe(2);
	});
});
