import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

describe('forecast and anomalies on a usage metric print quantities, not dollars', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);
	const common = ['--demo', '--today', '2026-11-27', '--metric', 'UsageQuantity', '--no-cache'];

	it('forecast: a sum over several units is refused; one quantity is forecast in its unit, no $', async () => {
		const mixed = await runCliInProcess(['forecast', ...common], env, 140);
		expect(mixed.code).toBe(2);
		expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
		expect(mixed.stderr).toContain('mixes units');
		expect(mixed.stdout).toBe('');
		const one = ['--filter', 'USAGE_TYPE=USE1-BoxUsage:m5.large'];
		const run = await runCliInProcess(['forecast', ...common, ...one], env, 140);
		expect(run.code).toBe(0);
		const report = run.stdout.slice(0, run.stdout.lastIndexOf('billable Cost Explorer request'));
		expect(report).toMatch(/Month end: MTD [\d,.]+ Hrs → projected [\d,.]+ Hrs/);
		expect(report).not.toContain('$');
		const json = JSON.parse((await runCliInProcess(['forecast', ...common, ...one, '--format', 'json'], env)).stdout);
		expect(json.monthEnd.text).not.toContain('$');
	});

	it('anomalies: our findings are quantities; the source’s own monitors stay in dollars', async () => {
		const run = await runCliInProcess(['anomalies', ...common], env, 140);
		expect(run.code).toBe(0);
		const ours = run.stdout.slice(0, run.stdout.indexOf("The demo's injected anomalies"));
		expect(ours).toMatch(/expected [\d,.]+, actual [\d,.]+ \(\+[\d,.]+\)/);
		expect(ours).not.toContain('$');
		const json = JSON.parse((await runCliInProcess(['anomalies', ...common, '--format', 'json'], env)).stdout);
		expect(json.unit).toBe('');
		expect(JSON.stringify(json.anomalies)).not.toContain('$');
	});

	it('cost metrics still print dollars', async () => {
		const run = await runCliInProcess(['forecast', '--demo', '--today', '2026-11-27', '--no-cache'], env, 140);
		expect(run.stdout).toMatch(/Month end: MTD \$[\d,.]+ → projected \$[\d,.]+ \(±\$[\d,.]+\)/);
	});
});
