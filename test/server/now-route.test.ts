import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-api-now-');
const config = join(dir.path, 'config');
const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: config});
let server: ApiServer;

beforeAll(async () => {
	mkdirSync(config, {recursive: true});
	writeFileSync(join(config, 'config.json'), JSON.stringify({budgets: [{name: 'Storage', monthlyAmount: 15000, scope: {service: 'Amazon Simple Storage Service'}}]}));
	server = await startApiServer(env);
}, 120_000);
afterAll(async () => {
	await server.close();
	dir.remove();
});

/** Who paid is not a figure: the first of the two may fill the cache the other reads. */
const figures = (json: unknown): unknown => ({...(json as object), billableRequests: undefined});

describe('GET /api/v1/now', {timeout: 120_000}, () => {
	it('answers with the JSON of aws-cost now, budgets included', async () => {
		const response = await fetch(`${server.url}/api/v1/now`);
		expect(response.status, await response.clone().text()).toBe(200);
		const body = (await response.json()) as {budget: {name: string}; monthEnd: {projected: number}};
		expect(body.budget.name).toBe('Storage');
		const cli = await runCliInProcess(['now', '--demo', '--format', 'json'], env);
		expect(cli.code).toBe(0);
		expect(figures(body)).toEqual(figures(JSON.parse(cli.stdout)));
	});

	it('narrows to an account, and refuses what now does not take', async () => {
		const narrowed = (await (await fetch(`${server.url}/api/v1/now?account=318274650193`)).json()) as {monthToDate: {amount: number}};
		const whole = (await (await fetch(`${server.url}/api/v1/now`)).json()) as {monthToDate: {amount: number}};
		expect(narrowed.monthToDate.amount).toBeLessThan(whole.monthToDate.amount);
		expect((await fetch(`${server.url}/api/v1/now?range=last-month`)).status).toBe(400);
		const usage = await fetch(`${server.url}/api/v1/now?metric=UsageQuantity`);
		expect(usage.status).toBe(400);
		expect(((await usage.json()) as {detail: string}).detail).toMatch(/Budgets are in dollars/);
	});
});
