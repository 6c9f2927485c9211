import {createHash} from 'node:crypto';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {abortableSleep, createRateLimiter} from '../../../source/sources/cost-explorer/rate-limiter.js';
import {TEST_ACCOUNT} from '../../fixtures/cost-explorer-server.js';
import {ONE_DAY_QUERY, type WireContext, dailyTotal, startWire} from './wire-setup.js';

const query = ONE_DAY_QUERY;

async function drain(pages: AsyncIterable<unknown>): Promise<number> {
	let count = 0;
	for await (const _page of pages) count++;
	return count;
}

let wire: WireContext | undefined;
afterEach(async () => {
	await wire?.close();
	wire = undefined;
});

function withoutEnvCredentials(): void {
	delete process.env['AWS_ACCESS_KEY_ID'];
	delete process.env['AWS_SECRET_ACCESS_KEY'];
}

describe('credentials and endpoints', () => {
	it('honours the generic AWS_ENDPOINT_URL for Cost Explorer and STS alike', async () => {
		wire = await startWire(['AWS_ENDPOINT_URL']);
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')]}});
		const source = wire.source();
		await expect(source.identity()).resolves.toMatchObject({account: TEST_ACCOUNT});
		expect(await drain(source.costAndUsage(query))).toBe(1);
		expect(wire.server.requests.map(request => request.operation)).toEqual(['GetCallerIdentity', 'GetCostAndUsage']);
	});

	it('says how to get credentials when there are none, without touching the network', async () => {
		wire = await startWire();
		withoutEnvCredentials();
		const error = await drain(wire.source().costAndUsage(query)).catch((caught: unknown) => caught);
		expect(error).toMatchObject({
			kind: 'no-credentials',
			message: 'No AWS credentials found: run `aws configure` or `aws sso login`, or pass --demo.',
		});
		await expect(wire.source().identity()).rejects.toMatchObject({kind: 'no-credentials'});
		expect(wire.server.requests).toHaveLength(0);
	});

	it('uses the AWS_PROFILE profile from the shared credentials file', async () => {
		wire = await startWire();
		withoutEnvCredentials();
		const credentialsFile = join(wire.home, 'credentials');
		writeFileSync(credentialsFile, '[billing]\naws_access_key_id = AKIAPROFILE000000000\naws_secret_access_key = profile-secret\n');
		process.env['AWS_SHARED_CREDENTIALS_FILE'] = credentialsFile;
		process.env['AWS_PROFILE'] = 'billing';
		await wire.source().identity();
		expect(wire.server.requests[0]?.headers['authorization']).toContain('Credential=AKIAPROFILE000000000/');
	});

	it('tells the user to log in again when the SSO session has expired', async () => {
		wire = await startWire();
		withoutEnvCredentials();
		const startUrl = 'https://example.awsapps.com/start';
		const configFile = join(wire.home, 'config');
		writeFileSync(
			configFile,
			`[profile work]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = ${TEST_ACCOUNT}\nsso_role_name = ReadOnly\nregion = us-east-1\n`,
		);
		process.env['AWS_CONFIG_FILE'] = configFile;
		const cacheDirectory = join(wire.home, '.aws', 'sso', 'cache');
		mkdirSync(cacheDirectory, {recursive: true});
		const tokenFile = join(cacheDirectory, `${createHash('sha1').update(startUrl).digest('hex')}.json`);
		writeFileSync(tokenFile, JSON.stringify({accessToken: 'expired-token', expiresAt: '2020-01-01T00:00:00Z', region: 'us-east-1', startUrl}));
		const error = await wire.source({profile: 'work'}).identity().catch((caught: unknown) => caught);
		expect(error).toMatchObject({kind: 'sso-expired', message: 'SSO session expired: run `aws sso login --profile work`.'});
		expect(wire.server.requests).toHaveLength(0);
		expect(wire.logLines.join('\n')).not.toContain('expired-token');
	});

	it('lets 12 sources for 12 accounts share one rate limiter and all finish', async () => {
		wire = await startWire();
		wire.server.fallback('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')]}});
		const waits: number[] = [];
		const rateLimiter = createRateLimiter({
			ratePerSecond: 40,
			burst: 5,
			sleep: (ms, signal) => {
				waits.push(ms);
				return abortableSleep(ms, signal);
			},
		});
		const accounts = Array.from({length: 12}, (_, index) => String(100_000_000_000 + index));
		const pageCounts = await Promise.all(
			accounts.map(account => drain(wire!.source({rateLimiter}).costAndUsage({...query, scope: {source: 'aws', account}}))),
		);
		expect(pageCounts).toEqual(accounts.map(() => 1));
		const askedFor = wire.server.requestsFor('GetCostAndUsage').map(request => {
			const filter = request.body['Filter'] as {Dimensions: {Values: string[]}};
			return filter.Dimensions.Values[0];
		});
		expect(askedFor.sort()).toEqual(accounts);
		expect(waits.length).toBeGreaterThan(0);
	});
});
