import {request as httpRequest} from 'node:http';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-api-malformed-');
const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config')});
let server: ApiServer;

beforeAll(async () => {
	server = await startApiServer(env);
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

interface Raw {
	readonly status: number;
	readonly contentType: string;
	readonly body: string;
}

/** A request as sent, byte for byte: fetch would normalize `..` and encoded slashes away. */
function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Raw> {
	const {hostname, port} = new URL(server.url);
	return new Promise((resolve, reject) => {
		const request = httpRequest({hostname, port, method, path, agent: false, headers: {...(body === undefined ? {} : {'content-length': String(Buffer.byteLength(body))}), ...headers}}, response => {
			let text = '';
			response.on('data', chunk => (text += chunk));
			response.on('end', () => resolve({status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: text}));
		});
		request.on('error', reject);
		request.end(body);
	});
}

const json = {'content-type': 'application/json'};

const cases: [string, string, string, string | undefined, Record<string, string>?, number?][] = [
	['a date that is no date', 'GET', '/api/v1/costs?from=2026-02-30&to=2026-03-01', undefined],
	['a date in another format', 'GET', '/api/v1/costs?from=01/10/2026&to=2026-10-31', undefined],
	['from without to', 'GET', '/api/v1/costs?from=2026-10-01', undefined],
	['to before from', 'GET', '/api/v1/costs?from=2026-10-31&to=2026-10-01', undefined],
	['a range and dates', 'GET', '/api/v1/costs?range=last-month&from=2026-10-01&to=2026-10-02', undefined],
	['an unknown preset', 'GET', '/api/v1/costs?range=fortnight', undefined],
	['the future', 'GET', '/api/v1/costs?from=2027-01-01&to=2027-01-31', undefined],
	['an unknown parameter', 'GET', '/api/v1/costs?colour=blue', undefined],
	['a flag spelt the CLI way', 'GET', '/api/v1/costs?group-by=SERVICE', undefined],
	['an unknown granularity', 'GET', '/api/v1/costs?granularity=WEEKLY', undefined],
	['an unknown metric', 'GET', '/api/v1/costs?metric=Dollars', undefined],
	['three group-bys', 'GET', '/api/v1/costs?groupBy=SERVICE&groupBy=REGION&groupBy=USAGE_TYPE', undefined],
	['an unknown dimension', 'GET', '/api/v1/costs?groupBy=PLANET', undefined],
	['a filter without =', 'GET', '/api/v1/costs?filter=SERVICE', undefined],
	['a switch with a value', 'GET', '/api/v1/costs?exclude-credits=yes', undefined],
	['an account of 11 digits', 'GET', '/api/v1/costs?account=12345678901', undefined],
	['two ranges where one is allowed', 'GET', '/api/v1/costs?range=last-month&range=this-month', undefined],
	['two metrics where one is allowed', 'GET', '/api/v1/anomalies?metric=UnblendedCost&metric=AmortizedCost', undefined],
	['two group-bys for a forecast', 'GET', '/api/v1/forecast?groupBy=SERVICE&groupBy=REGION', undefined],
	['a horizon of words', 'GET', '/api/v1/forecast?horizon=soon', undefined],
	['a horizon too far', 'GET', '/api/v1/forecast?horizon=100000', undefined],
	['a range for a forecast', 'GET', '/api/v1/forecast?range=last-month', undefined],
	['a negative minimum impact', 'GET', '/api/v1/anomalies?min-impact=-5', undefined],
	['a granularity for anomalies', 'GET', '/api/v1/anomalies?granularity=DAILY', undefined],
	['a parameter savings has no use for', 'GET', '/api/v1/savings?range=last-month', undefined],
	['usage for budgets', 'GET', '/api/v1/budgets?metric=UsageQuantity', undefined],
	['a parameter on accounts', 'GET', '/api/v1/accounts?x=1', undefined],
	['a parameter on cache', 'GET', '/api/v1/cache?clear=1', undefined],
	['a query string beyond the header limit', 'GET', `/api/v1/costs?filter=SERVICE%3D${'x'.repeat(70_000)}`, undefined, {}, 431],
	['a filter value of 10 KB', 'GET', `/api/v1/costs?filter=SERVICE%3D${'x'.repeat(10_000)}`, undefined],
	['a hundred filters', 'GET', `/api/v1/costs?${Array.from({length: 100}, (_, index) => `filter=REGION%3Dr${index}`).join('&')}`, undefined],
	['bad JSON', 'POST', '/api/v1/budgets/Storage', '{"amount": 5', json],
	['an empty JSON body', 'POST', '/api/v1/budgets/Storage', '', json],
	['a JSON array', 'POST', '/api/v1/budgets/Storage', '[500]', json],
	['an unknown body field', 'POST', '/api/v1/budgets/Storage', '{"amount": 5, "currency": "EUR"}', json],
	['an amount of the wrong type', 'POST', '/api/v1/budgets/Storage', '{"amount": true}', json],
	['a service of the wrong type', 'POST', '/api/v1/budgets/Storage', '{"amount": 5, "service": ["a"]}', json],
	['a text body', 'POST', '/api/v1/budgets/Storage', 'amount=5', {'content-type': 'text/plain'}],
	['a form body', 'POST', '/api/v1/budgets/Storage', 'amount=5', {'content-type': 'application/x-www-form-urlencoded'}, 415],
	['a body beyond the limit', 'POST', '/api/v1/budgets/Storage', JSON.stringify({amount: 5, service: 'x'.repeat(100_000)}), json, 413],
	['an encoded slash in a budget name', 'POST', '/api/v1/budgets/..%2F..%2Fetc%2Fpasswd', '{"amount": 5}', json],
	['a NUL in a budget name', 'DELETE', '/api/v1/budgets/Storage%00', undefined],
	['a dot-dot budget name', 'DELETE', '/api/v1/budgets/..', undefined],
	['an encoded dot-dot budget name', 'DELETE', '/api/v1/budgets/%2E%2E', undefined],
	['a backslash in a budget name', 'DELETE', '/api/v1/budgets/..%5C..%5Cconfig.json', undefined],
	['a budget name too long', 'POST', `/api/v1/budgets/${'b'.repeat(65)}`, '{"amount": 5}', json],
	['a control character in a budget name', 'DELETE', '/api/v1/budgets/Stor%0Aage', undefined],
	['a missing budget', 'DELETE', '/api/v1/budgets/Nothing', undefined, {}, 404],
	['an unknown method', 'PATCH', '/api/v1/costs', undefined, {}, 404],
	['a write to a read-only route', 'POST', '/api/v1/costs', '{}', json, 404],
	['an unknown route', 'GET', '/api/v1/cost', undefined, {}, 404],
];

describe('malformed requests', () => {
	it('has thirty and more cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});

	it.each(cases)('refuses %s with a one-line problem', async (_name, method, path, body, headers = {}, status = 400) => {
		const response = await raw(method, path, body, headers);
		expect(response.status, response.body).toBe(status);
		expect(response.contentType).toMatch(/^application\/problem\+json/);
		const problem = JSON.parse(response.body) as {type: string; title: string; status: number; detail: string};
		expect(problem).toMatchObject({type: 'about:blank', status});
		expect(problem.detail.length).toBeGreaterThan(0);
		expect(problem.detail.length).toBeLessThan(400);
		expect(problem.detail).not.toMatch(/[\n\r]|\bat .+\.(ts|js):\d+|node_modules|Error:/);
		expect((await raw('GET', '/health')).status).toBe(200);
	});

	it('touched no file but the settings file, and added no budget', async () => {
		const {readdirSync} = await import('node:fs');
		const files = readdirSync(dir.path, {recursive: true}).map(String);
		// The cache and the settings directory (made, never written: no budget was added) and nothing else.
		expect(files.filter(name => !name.startsWith('cache'))).toEqual([]);
		const budgets = JSON.parse((await raw('GET', '/api/v1/budgets')).body) as {budgets: unknown[]};
		expect(budgets.budgets).toEqual([]);
	});
});
