import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-api-');
const env = isolatedEnv(dir.path);
let server: ApiServer;

beforeAll(async () => {
	server = await startApiServer(env);
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

const cliJson = async (argv: string[]): Promise<unknown> => {
	const run = await runCliInProcess(['query', '--demo', '--format', 'json', ...argv], env);
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout);
};

describe('GET /api/v1/costs', () => {
	it.each([
		['range=last-month&groupBy=SERVICE', ['--range', 'last-month', '--group-by', 'SERVICE']],
		['from=2026-10-01&to=2026-10-07&granularity=DAILY&groupBy=REGION&filter=SERVICE%3DAmazon%20Simple%20Storage%20Service', ['--from', '2026-10-01', '--to', '2026-10-07', '--granularity', 'DAILY', '--group-by', 'REGION', '--filter', 'SERVICE=Amazon Simple Storage Service']],
		['range=this-month&groupBy=SERVICE&groupBy=REGION&exclude-credits', ['--range', 'this-month', '--group-by', 'SERVICE', '--group-by', 'REGION', '--exclude-credits']],
	])('answers %s with the JSON of the same `query`', async (parameters, argv) => {
		const response = await fetch(`${server.url}/api/v1/costs?${parameters}`);
		expect(response.status).toBe(200);
		const body = (await response.json()) as {stats: unknown; rows: unknown[]};
		const cli = (await cliJson(argv)) as {stats: unknown; rows: unknown[]};
		// Who paid what differs (the first of the two may hit a cold cache); the figures may not.
		expect({...body, stats: undefined}).toEqual({...cli, stats: undefined});
		expect(body.rows.length).toBeGreaterThan(0);
	});

	it.each([
		['granularity=weekly', /Unknown granularity "weekly"/],
		['range=last-month&from=2026-01-01&to=2026-01-02', /either --range or --from\/--to/],
		['unknown=1', /Unknown parameter "unknown"/],
		['account=12', /account/],
	])('refuses %s with a 400 problem', async (parameters, detail) => {
		const response = await fetch(`${server.url}/api/v1/costs?${parameters}`);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const body = (await response.json()) as {status: number; detail: string};
		expect(body.status).toBe(400);
		expect(body.detail).toMatch(detail);
		expect(JSON.stringify(body)).not.toMatch(/\n|at .*\.ts/);
	});

	it('answers health, readiness and an unknown route', async () => {
		expect(await (await fetch(`${server.url}/health`)).json()).toEqual({status: 'ok'});
		const ready = await fetch(`${server.url}/ready`);
		expect(ready.status).toBe(200);
		const missing = await fetch(`${server.url}/api/v1/nothing`);
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
	});
});
