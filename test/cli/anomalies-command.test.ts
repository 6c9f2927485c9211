import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

interface AnomaliesJson {
	scope: string;
	period: {start: string; end: string};
	anomalies: Array<{
		dimension: string;
		group: string;
		start: string;
		lastDay: string;
		direction: string;
		expected: number;
		actual: number;
		impact: number;
		rootCause: Record<string, string>;
		causes: Array<{dimension: string; contributors: Array<{key: string; share: number}>}>;
		summary: string;
	}>;
	fromSource: {label: string; status: string; anomalies: Array<{start: string; impact: number}>};
	billableRequests: number;
}

describe('aws-cost anomalies', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it('prints the documented JSON: ours with expected, actual, impact and root cause, and the source\'s beside them', async () => {
		const run = await runCliInProcess(['anomalies', '--demo', '--format', 'json'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as AnomaliesJson;
		expect(json.period).toEqual({start: '2026-10-26', end: '2026-11-25'});
		const nat = json.anomalies.find(anomaly => anomaly.dimension === 'SERVICE');
		expect(nat).toMatchObject({
			group: 'EC2 - Other',
			start: '2026-11-17',
			lastDay: '2026-11-18',
			direction: 'spike',
			rootCause: {usageType: 'USE1-NatGateway-Bytes', region: 'us-east-1', account: '318274650193'},
		});
		expect(nat!.actual - nat!.expected).toBeCloseTo(nat!.impact, 1);
		expect(nat!.summary).toMatch(/^EC2 - Other \(service\) spiked on 2026-11-17 … 2026-11-18: .*Driven by .*USE1-NatGateway-Bytes/);
		expect(json.fromSource).toMatchObject({label: 'demo', status: 'ok'});
		expect(json.fromSource.anomalies.map(anomaly => anomaly.start)).toEqual(['2026-11-17']);
		expect(json.billableRequests).toBeGreaterThan(0);
	});

	it('applies --min-impact and says when nothing is unusual', async () => {
		const run = await runCliInProcess(['anomalies', '--demo', '--min-impact', '100000'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('No unusual days per service or account in 2026-10-26 … 2026-11-24.');
		expect(run.stdout).toContain("The demo's injected anomalies: 1 in the same days.");
	});

	it.each<[string[], RegExp]>([
		[['anomalies', '--demo', '--min-impact=-5'], /--min-impact "-5"/],
		[['anomalies', '--demo', '--group-by', 'region'], /--group-by: anomalies are found per service and per account/],
		[['anomalies', '--demo', '--range', 'next-week'], /Unknown range/],
		[['anomalies'], /No AWS credentials found.*--demo/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});
