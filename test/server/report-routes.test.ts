import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-api-reports-');
const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config')});
let server: ApiServer;

beforeAll(async () => {
	server = await startApiServer(env);
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

/** Who paid is not a figure: the first of the two may fill the cache the other reads. */
const figures = (json: unknown): unknown => ({...(json as object), billableRequests: undefined});

const cliJson = async (argv: string[]): Promise<unknown> => {
	const run = await runCliInProcess([...argv, '--format', 'json'], env);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	return JSON.parse(run.stdout);
};

const apiJson = async (path: string, init?: RequestInit): Promise<unknown> => {
	const response = await fetch(`${server.url}${path}`, init);
	expect(response.status, await response.clone().text()).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	return response.json();
};

const post = (path: string, body: unknown): Promise<Response> =>
	fetch(`${server.url}${path}`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});

describe('report routes answer with the JSON of their command (demo)', () => {
	it.each([
		['/api/v1/forecast', ['forecast', '--demo']],
		['/api/v1/forecast?horizon=14&groupBy=SERVICE', ['forecast', '--demo', '--horizon', '14', '--group-by', 'SERVICE']],
		['/api/v1/forecast?metric=AmortizedCost&filter=REGION%3Dus-east-1&exclude-credits', ['forecast', '--demo', '--metric', 'AmortizedCost', '--filter', 'REGION=us-east-1', '--exclude-credits']],
		['/api/v1/anomalies', ['anomalies', '--demo']],
		['/api/v1/anomalies?range=last-3-months&min-impact=50&metric=amortized', ['anomalies', '--demo', '--range', 'last-3-months', '--min-impact', '50', '--metric', 'amortized']],
		['/api/v1/anomalies?from=2026-09-01&to=2026-10-31&filter=SERVICE%3DAmazon%20Simple%20Storage%20Service', ['anomalies', '--demo', '--from', '2026-09-01', '--to', '2026-10-31', '--filter', 'SERVICE=Amazon Simple Storage Service']],
		['/api/v1/savings', ['savings', '--demo']],
		['/api/v1/budgets', ['budgets', '--demo']],
	])('GET %s = %j', async (path, argv) => {
		expect(figures(await apiJson(path))).toEqual(figures(await cliJson(argv)));
	});

	it('narrows to one linked account as --account does', async () => {
		const {accounts} = (await apiJson('/api/v1/accounts')) as {accounts: {id: string}[]};
		const account = accounts[0]!.id;
		expect(figures(await apiJson(`/api/v1/forecast?account=${account}`))).toEqual(figures(await cliJson(['forecast', '--demo', '--account', account])));
	});

	it('adds and removes budgets in the settings file the CLI reads, and reports them alike', async () => {
		const added = await post('/api/v1/budgets/Storage', {amount: '$1,200.50', service: 'Amazon Simple Storage Service'});
		expect(added.status).toBe(201);
		expect(await added.json()).toEqual({
			budget: {name: 'Storage', monthlyAmount: 1200.5, scope: {service: 'Amazon Simple Storage Service'}},
			message: 'Added budget "Storage": $1,200.50 a month for service Amazon Simple Storage Service.',
		});
		expect((await runCliInProcess(['budgets', 'add', '--name', 'Web team', '--amount', '300', '--tag', 'team=web'], env)).code).toBe(0);
		expect((await post('/api/v1/budgets/Prod', {amount: 5000, account: '204817364902'})).status).toBe(201);
		const report = (await apiJson('/api/v1/budgets')) as {budgets: {name: string}[]};
		expect(report.budgets.map(budget => budget.name)).toEqual(['Storage', 'Web team', 'Prod']);
		expect(figures(report)).toEqual(figures(await cliJson(['budgets', '--demo'])));
		expect(figures(await apiJson('/api/v1/budgets?metric=AmortizedCost'))).toEqual(figures(await cliJson(['budgets', '--demo', '--metric', 'AmortizedCost'])));

		const removed = await fetch(`${server.url}/api/v1/budgets/web%20team`, {method: 'DELETE'});
		expect(removed.status).toBe(200);
		expect(((await removed.json()) as {budgets: {name: string}[]}).budgets.map(budget => budget.name)).toEqual(['Storage', 'Prod']);
		const again = await fetch(`${server.url}/api/v1/budgets/web%20team`, {method: 'DELETE'});
		expect(again.status).toBe(404);
		expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		expect(((await again.json()) as {detail: string}).detail).toBe('No budget named "web team".');
		expect((await runCliInProcess(['budgets', 'remove', 'Storage'], env)).code).toBe(0);
		expect((await runCliInProcess(['budgets', 'remove', 'Prod'], env)).code).toBe(0);
	});

	it('refuses a budget as `budgets add` does, with its one-line message', async () => {
		const cases: [unknown, RegExp][] = [
			[{amount: 'lots'}, /monthlyAmount must be a number of dollars above zero/],
			[{amount: 0}, /above zero/],
			[{amount: 10, tag: 'team'}, /--tag "team" is not key=value/],
			[{amount: 10, account: '12'}, /account/],
			[{amount: 10, service: 5}, /body\.service must be string, not integer/],
			[{service: 'x'}, /amount/],
		];
		for (const [body, detail] of cases) {
			const response = await post('/api/v1/budgets/Bad', body);
			expect(response.status, JSON.stringify(body)).toBe(400);
			expect(((await response.json()) as {detail: string}).detail).toMatch(detail);
		}
		expect((await post('/api/v1/budgets/Twice', {amount: 1})).status).toBe(201);
		const twice = await post('/api/v1/budgets/twice', {amount: 2});
		expect(twice.status).toBe(400);
		expect(((await twice.json()) as {detail: string}).detail).toMatch(/A budget named "twice" exists/);
		expect((await fetch(`${server.url}/api/v1/budgets/Twice`, {method: 'DELETE'})).status).toBe(200);
	});

	it('keeps every budget when twenty requests add one each at once', async () => {
		const names = Array.from({length: 20}, (_, index) => `Team ${index}`);
		const responses = await Promise.all(names.map(name => post(`/api/v1/budgets/${encodeURIComponent(name)}`, {amount: 10})));
		expect(responses.map(response => response.status)).toEqual(names.map(() => 201));
		const report = (await cliJson(['budgets', '--demo'])) as {budgets: {name: string}[]};
		expect(report.budgets.map(budget => budget.name).sort()).toEqual([...names].sort());
		const removals = await Promise.all(names.map(name => fetch(`${server.url}/api/v1/budgets/${encodeURIComponent(name)}`, {method: 'DELETE'})));
		expect(removals.map(response => response.status)).toEqual(names.map(() => 200));
		expect(((await cliJson(['budgets', '--demo'])) as {budgets: unknown[]}).budgets).toEqual([]);
	});

	it('lists the accounts the app\'s switcher offers, sorted by name', async () => {
		const body = (await apiJson('/api/v1/accounts')) as {scope: string; accounts: {id: string; name: string}[]};
		expect(body.scope).toBe('demo');
		expect(body.accounts.length).toBeGreaterThan(3);
		expect(body.accounts.map(account => account.name)).toEqual(body.accounts.map(account => account.name).sort((a, b) => a.localeCompare(b)));
		for (const account of body.accounts) expect(account.id).toMatch(/^\d{12}$/);
		// The same ids the costs route groups by.
		const costs = (await apiJson('/api/v1/costs?groupBy=LINKED_ACCOUNT')) as {rows: {keys: string[]}[]};
		expect(new Set(costs.rows.map(row => row.keys[0]))).toEqual(new Set(body.accounts.map(account => account.id)));
	});

	it('answers /api/v1/cache with the JSON of `cache stats --format json`', async () => {
		await apiJson('/api/v1/costs?range=last-month');
		await apiJson('/api/v1/costs?range=last-month');
		const stats = (await apiJson('/api/v1/cache')) as {entries: number; hits: number; tiers: {tier: string; entries: number; bytes: number}[]};
		expect(stats.entries).toBeGreaterThan(0);
		expect(stats.hits).toBeGreaterThan(0);
		// L1 is each process's own memory: the server holds answers, a fresh CLI process none.
		const withoutMemory = (report: typeof stats) => ({...report, tiers: report.tiers.map(tier => (tier.tier === 'l1' ? {...tier, entries: 0, bytes: 0} : tier))});
		expect(stats.tiers[0]!.entries).toBeGreaterThan(0);
		expect(withoutMemory(stats)).toEqual(withoutMemory((await cliJson(['cache', 'stats'])) as typeof stats));
	});
});
