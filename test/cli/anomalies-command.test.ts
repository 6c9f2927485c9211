import {afterAll, describe, expect, it} from 'vitest';
import {type IsoDate, addDays, eachDay} from '../../source/dates.js';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

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
		// What it cost, in the table output too (free here: the first test paid for the same queries).
		expect(run.stdout).toMatch(/\nNo billable requests: every answer came from the cache\.\n$/);
		const uncached = await runCliInProcess(['anomalies', '--demo', '--min-impact', '100000', '--no-cache'], env);
		expect(uncached.stdout).toMatch(/\n\d+ billable Cost Explorer requests \(\$0\.\d\d\)\.\n$/);
	});

	it('searches the last 12 months, with the baseline cut to the history kept and saying so (history.start)', async () => {
		const run = await runCliInProcess(['anomalies', '--demo', '--range', 'last-12-months', '--min-impact', '100000', '--format', 'json'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as AnomaliesJson & {history: {start: string}; notes: string[]};
		expect(json.period.start).toBe('2025-11-01');
		expect(json.history.start).toBe('2025-10-01');
		expect(json.notes[0]).toMatch(/^History starts at 2025-10-01, the earliest Cost Explorer keeps/);
	}, 60_000);

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

describe('aws-cost anomalies against a local Cost Explorer', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;

	it("lists Cost Explorer's anomalies beside its own findings, labelled, from one wide query", async () => {
		const days = eachDay({start: '2026-09-16' as IsoDate, end: '2026-11-25' as IsoDate});
		const group = (service: string, amount: string) => ({Keys: [service, '111111111111'], Metrics: {UnblendedCost: {Amount: amount, Unit: 'USD'}}});
		local.server().script('GetCostAndUsage', {
			json: {
				ResultsByTime: days.map(day => ({
					TimePeriod: {Start: day, End: addDays(day, 1)},
					Total: {},
					Groups: [group('AWS Lambda', '50'), group('Amazon Simple Storage Service', day === '2026-11-20' ? '400' : '30')],
					Estimated: false,
				})),
			},
		});
		local.server().script('GetCostAndUsage', {
			json: {
				ResultsByTime: days.map(day => ({
					TimePeriod: {Start: day, End: addDays(day, 1)},
					Total: {},
					Groups: [
						{Keys: ['USE1-Requests-Tier1', 'us-east-1'], Metrics: {UnblendedCost: {Amount: day === '2026-11-20' ? '380' : '10', Unit: 'USD'}}},
						{Keys: ['USE1-TimedStorage-ByteHrs', 'us-east-1'], Metrics: {UnblendedCost: {Amount: '20', Unit: 'USD'}}},
					],
					Estimated: false,
				})),
			},
		});
		// Nothing else may be asked: the account's drill-down reuses S3's, S3 being billed to it alone.
		local.server().fallback('GetCostAndUsage', {error: 'ValidationException', message: 'no third query expected'});
		local.server().script('GetAnomalies', {
			json: {
				Anomalies: [
					{
						AnomalyId: 'ce-1',
						AnomalyStartDate: '2026-11-20',
						AnomalyEndDate: '2026-11-20',
						DimensionValue: 'Amazon Simple Storage Service',
						AnomalyScore: {MaxScore: 0.9, CurrentScore: 0.2},
						Impact: {MaxImpact: 370, TotalImpact: 370, TotalActualSpend: 400, TotalExpectedSpend: 30},
						MonitorArn: 'arn:aws:ce::111111111111:anomalymonitor/m',
						RootCauses: [{Service: 'Amazon Simple Storage Service', Region: 'us-east-1', LinkedAccount: '111111111111', UsageType: 'USE1-Requests-Tier1'}],
					},
				],
			},
		});
		const env = isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: local.server().endpoint});
		const run = await runCliProcess(['anomalies', '--range', 'last-14-days', '--format', 'json', '--no-cache'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as AnomaliesJson;
		const s3 = json.anomalies.find(anomaly => anomaly.dimension === 'SERVICE');
		expect(s3).toMatchObject({group: 'Amazon Simple Storage Service', start: '2026-11-20', lastDay: '2026-11-20', impact: 370});
		expect(s3!.rootCause).toMatchObject({usageType: 'USE1-Requests-Tier1', region: 'us-east-1', account: '111111111111'});
		expect(json.fromSource).toMatchObject({label: 'cost-explorer', status: 'ok', anomalies: [{id: 'ce-1', impact: 370, expected: 30}]});
		const [wide, drill] = local.server().requestsFor('GetCostAndUsage').map(request => request.body);
		expect(wide).toMatchObject({
			TimePeriod: {Start: '2026-09-16', End: '2026-11-25'},
			GroupBy: [{Type: 'DIMENSION', Key: 'SERVICE'}, {Type: 'DIMENSION', Key: 'LINKED_ACCOUNT'}],
		});
		expect(drill).toMatchObject({Filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon Simple Storage Service']}}});
		expect(local.server().requestsFor('GetCostAndUsage')).toHaveLength(2);
		const account = json.anomalies.find(anomaly => anomaly.dimension === 'LINKED_ACCOUNT');
		expect(account).toMatchObject({group: '111111111111', start: '2026-11-20', rootCause: {service: 'Amazon Simple Storage Service', usageType: 'USE1-Requests-Tier1'}});
		expect(local.server().requestsFor('GetAnomalies')[0]?.body).toEqual({DateInterval: {StartDate: '2026-11-11', EndDate: '2026-11-24'}});
	});
});
