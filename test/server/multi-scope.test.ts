import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliProcess} from '../fixtures/run-cli.js';
import {type ServeProcess, startServeProcess} from '../fixtures/serve-process.js';

const answer = {
	ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {}, Groups: [{Keys: ['AWS Lambda'], Metrics: {UnblendedCost: {Amount: '1.25', Unit: 'USD'}}}], Estimated: false}],
	DimensionValueAttributes: [],
};

/** Who paid is not a figure: the CLI and the server each pay for their own answers. */
const figures = (json: unknown): unknown => ({...(json as object), stats: undefined, billableRequests: undefined});

describe('a server for several profiles', () => {
	const local = useLocalCostExplorer();
	const env = () => isolatedEnv(local.dir.path, {AWS_ENDPOINT_URL: local.server().endpoint, AWS_REGION: 'us-east-1'});
	let some: ServeProcess;
	let none: ServeProcess;

	beforeAll(async () => {
		// a and c have keys; b and d are SSO profiles whose session has expired (no token cached).
		writeFileSync(join(local.dir.path, 'aws-credentials'), '[a]\naws_access_key_id = AKIAAAAAAAAAAAAAAAAA\naws_secret_access_key = x\n[c]\naws_access_key_id = AKIACCCCCCCCCCCCCCCC\naws_secret_access_key = y\n');
		const sso = (name: string) => `[profile ${name}]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\nregion = us-east-1\n`;
		writeFileSync(join(local.dir.path, 'aws-config'), `${sso('b')}${sso('d')}[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n`);
		local.server().fallback('GetCostAndUsage', {json: answer});
		[some, none] = await Promise.all([
			startServeProcess(['--profile', 'a', '--profile', 'b', '--profile', 'c', '--no-cache'], env()),
			startServeProcess(['--profile', 'b', '--profile', 'd', '--no-cache'], env()),
		]);
	}, 120_000);
	afterAll(async () => {
		await Promise.all([some?.stop(), none?.stop()]);
	});

	it('answers with the scopes that answered, like the CLI, and names the failed one in a Warning header', async () => {
		const response = await fetch(`${some.url}/api/v1/costs?groupBy=SERVICE`);
		expect(response.status).toBe(200);
		const api = (await response.json()) as {scopes: string[]; total: {exact: string}};
		expect(api.scopes).toEqual(['a', 'c']);
		expect(api.total.exact).toBe('2.5');
		const warning = response.headers.get('warning') ?? '';
		expect(warning).toMatch(/^199 aws-cost "profile b: .*aws sso login --profile b.*"$/);

		const cli = await runCliProcess(['query', '--profile', 'a', '--profile', 'b', '--profile', 'c', '--group-by', 'SERVICE', '--format', 'json', '--no-cache'], env());
		expect(cli.code).toBe(3);
		expect(figures(api)).toEqual(figures(JSON.parse(cli.stdout)));
		// The header says what the CLI's stderr says.
		expect(cli.stderr.trim()).toBe(`aws-cost: ${JSON.parse(warning.replace(/^199 aws-cost /, ''))}`);
	}, 60_000);

	it('answers a report in the CLI\'s several-scopes shape', async () => {
		const response = await fetch(`${some.url}/api/v1/budgets`);
		expect(response.status).toBe(200);
		const api = (await response.json()) as {scopes: {scope: string}[]};
		const cli = await runCliProcess(['budgets', '--profile', 'a', '--profile', 'b', '--profile', 'c', '--format', 'json', '--no-cache'], env());
		expect(figures(api)).toEqual(figures(JSON.parse(cli.stdout)));
		expect(api.scopes.map(scope => scope.scope)).toEqual(cli.code === 3 ? ['a', 'c'] : ['a', 'b', 'c']);
		expect(response.headers.get('warning') !== null).toBe(cli.code === 3);
	}, 60_000);

	it('answers with the first failure\'s problem when no scope answered', async () => {
		const response = await fetch(`${none.url}/api/v1/costs`);
		expect(response.status).toBe(502);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const problem = (await response.json()) as {detail: string; kind: string};
		expect(problem.kind).toBe('sso-expired');
		const cli = await runCliProcess(['query', '--profile', 'b', '--profile', 'd', '--format', 'json', '--no-cache'], env());
		expect(cli.code).not.toBe(0);
		expect(cli.stderr.split('\n')[0]).toBe(`aws-cost: profile b: ${problem.detail}`);
	}, 60_000);
});
