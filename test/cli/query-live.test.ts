import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {type MotoServer, startMoto} from '../fixtures/moto-server.js';
import {isolatedEnv, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret'};

const bucket = (start: string, end: string, groups: Array<[string, string]>) => ({
	TimePeriod: {Start: start, End: end},
	Total: {},
	Groups: groups.map(([key, amount]) => ({Keys: [key], Metrics: {UnblendedCost: {Amount: amount, Unit: 'USD'}}})),
	Estimated: false,
});

describe('aws-cost query against moto (an AWS emulator we did not write)', () => {
	let moto: MotoServer;
	const dir = tempDir();
	beforeAll(async () => {
		moto = await startMoto();
	});
	afterAll(async () => {
		await moto?.stop();
		dir.remove();
	});

	it('follows NextPageToken through every loaded page and reports their exact total', async () => {
		await moto.load([
			{ResultsByTime: [bucket('2026-10-01', '2026-10-02', [['Amazon EC2', '1234.5678901234'], ['AWS Lambda', '0.0000000001']])], NextPageToken: 'p2', DimensionValueAttributes: []},
			{ResultsByTime: [bucket('2026-10-02', '2026-10-03', [['Amazon EC2', '0.1'], ['Amazon S3', '0.2']])], NextPageToken: 'p3', DimensionValueAttributes: []},
			{ResultsByTime: [bucket('2026-10-03', '2026-10-04', [['Amazon S3', '-0.3000000001']])], DimensionValueAttributes: []},
		]);
		const env = isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: moto.endpoint});
		const run = await runCliProcess(
			['query', '--from', '2026-10-01', '--to', '2026-10-03', '--granularity', 'daily', '--group-by', 'service', '--format', 'json'],
			env,
		);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout);
		expect(json.rows).toHaveLength(5);
		expect(json.total.exact).toBe('1234.5678901234');
		expect(json.stats).toEqual({billableRequests: 3, cacheHits: 0, pages: 3});
		const again = JSON.parse((await runCliProcess(
			['query', '--from', '2026-10-01', '--to', '2026-10-03', '--granularity', 'daily', '--group-by', 'service', '--format', 'json'],
			env,
		)).stdout);
		expect(again.stats.billableRequests).toBe(0);
		expect(again.total.exact).toBe('1234.5678901234');
	});
});

describe('aws-cost query against a local Cost Explorer: failures a person meets', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;
	const env = () => isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: local.server().endpoint});

	it('names the missing permission on AccessDenied, exit 1, one line, nothing secret', async () => {
		local.server().script('GetCostAndUsage', {error: 'AccessDeniedException', message: 'User: arn:aws:iam::123456789012:user/tester is not authorized to perform: ce:GetCostAndUsage'});
		const run = await runCliProcess(['query', '--no-cache', '--format', 'json'], env());
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/ce:GetCostAndUsage/);
		expect(run.stderr).not.toContain('AKIATEST');
	});

	it('says how to log in again when the SSO session expired', async () => {
		const config = join(dir.path, 'aws-config');
		writeFileSync(config, '[profile work]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\nregion = us-east-1\n[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n');
		const run = await runCliProcess(['query', '--profile', 'work', '--no-cache'], isolatedEnv(dir.path, {AWS_ENDPOINT_URL: local.server().endpoint}));
		expect(run.code).toBe(1);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/aws sso login --profile work/);
	});

	it('runs several profiles at once and keeps which scope each row came from', async () => {
		writeFileSync(join(dir.path, 'aws-credentials'), '[a]\naws_access_key_id = AKIAAAAAAAAAAAAAAAAA\naws_secret_access_key = x\n[b]\naws_access_key_id = AKIABBBBBBBBBBBBBBBB\naws_secret_access_key = y\n');
		local.server().fallback('GetCostAndUsage', {json: {ResultsByTime: [bucket('2026-10-01', '2026-11-01', [['AWS Lambda', '1.25']])], DimensionValueAttributes: []}});
		const run = await runCliProcess(['query', '--profile', 'a', '--profile', 'b', '--group-by', 'service', '--format', 'json', '--no-cache'], isolatedEnv(dir.path, {AWS_ENDPOINT_URL: local.server().endpoint}));
		expect(run.stderr).toBe('');
		const json = JSON.parse(run.stdout);
		expect(json.scopes).toEqual(['a', 'b']);
		expect(json.rows.map((row: {scope: string}) => row.scope)).toEqual(['a', 'b']);
		expect(json.total.exact).toBe('2.5');
	});
});
