import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {HistoryAccess} from '../../source/history/history-access.js';
import {HistoryRecorder} from '../../source/history/history-recorder.js';
import type {HistoryStats, QueryRecord} from '../../source/history/history-types.js';
import type {HistoryLocation} from '../../source/history/open-history.js';
import {parseTokenList} from '../../source/server/api-tokens.js';
import {type ApiServer, startApiServer} from '../fixtures/api-server.js';
import {type PostgresServer, startPostgres} from '../fixtures/postgres-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-history-api-');
let postgres: PostgresServer;
beforeAll(async () => {
	postgres = await startPostgres();
}, 90_000);
afterAll(async () => {
	await postgres?.stop();
	dir.remove();
}, 60_000);

const READER = 'r'.repeat(32);
const ADMIN = 'a'.repeat(32);
const tokens = parseTokenList(`grafana:read:${READER},ops:read+admin:${ADMIN}`);
let servers = 0;

async function serve(location: HistoryLocation): Promise<ApiServer> {
	const env = isolatedEnv(`${dir.path}/server-${++servers}`);
	const recorder = new HistoryRecorder({location, bufferPath: `${dir.path}/server-${servers}/buffer.sqlite`, origin: {frontEnd: 'api'}, warn: () => undefined});
	return startApiServer(env, {today: '2026-11-25', history: {recorder, access: new HistoryAccess(location)}, server: {access: {tokens, metricsOpen: false}}});
}

const get = async (server: ApiServer, path: string, secret = READER) => {
	const response = await fetch(`${server.url}${path}`, {headers: {authorization: `Bearer ${secret}`}});
	return {status: response.status, body: (await response.json()) as Record<string, unknown>};
};

describe.each(['sqlite', 'postgres'] as const)('the history API on %s', kind => {
	let server: ApiServer;
	beforeAll(async () => {
		const location: HistoryLocation = kind === 'sqlite' ? {kind, path: `${dir.path}/api-${kind}.sqlite`} : {kind, url: await postgres.createDatabase(`api_${kind}`)};
		server = await serve(location);
	}, 60_000);
	afterAll(async () => server?.close());

	test('a costs request is recorded with its route and token; /api/v1/history and /stats list it', async () => {
		expect((await get(server, '/api/v1/costs?range=last-month&groupBy=SERVICE')).status).toBe(200);
		expect((await get(server, '/api/v1/costs?range=last-month&groupBy=SERVICE', ADMIN)).status).toBe(200);
		await server.sessions.close();
		const history = await get(server, '/api/v1/history?limit=5');
		expect(history.status).toBe(200);
		const queries = history.body['queries'] as QueryRecord[];
		expect(queries.map(query => [query.frontEnd, query.command, query.tokenName, query.cacheHit])).toEqual([
			['api', 'GET /api/v1/costs', 'ops', true],
			['api', 'GET /api/v1/costs', 'grafana', false],
		]);
		const stats = (await get(server, '/api/v1/history/stats?since=2000-01-01')).body as unknown as HistoryStats;
		expect(stats).toMatchObject({queries: 2, since: '2000-01-01T00:00:00.000Z'});
		expect(stats.byCommand).toEqual([expect.objectContaining({key: 'api GET /api/v1/costs', queries: 2})]);
		expect(stats.mostRepeated[0]).toMatchObject({count: 2});
	});

	test('views: read lists and gets, admin saves and deletes; bad options are a 400', async () => {
		const put = (name: string, body: unknown, secret = ADMIN) =>
			fetch(`${server.url}/api/v1/views/${encodeURIComponent(name)}`, {method: 'PUT', headers: {authorization: `Bearer ${secret}`, 'content-type': 'application/json'}, body: JSON.stringify(body)});
		expect((await put('weekly', {options: {range: 'last-7-days'}}, READER)).status).toBe(403);
		const saved = await put('weekly by service', {options: {range: 'last-7-days', 'group-by': ['SERVICE']}});
		expect(saved.status, await saved.clone().text()).toBe(200);
		expect(await saved.json()).toMatchObject({name: 'weekly by service', options: {range: 'last-7-days', 'group-by': ['SERVICE']}});
		const refused = await put('broken', {options: {range: 'last-fortnight'}});
		expect(refused.status).toBe(400);
		expect(((await refused.json()) as {detail: string}).detail).toMatch(/--range/);
		expect((await get(server, '/api/v1/views')).body['views']).toEqual([expect.objectContaining({name: 'weekly by service'})]);
		expect((await get(server, `/api/v1/views/${encodeURIComponent('weekly by service')}`)).body).toMatchObject({options: {range: 'last-7-days'}});
		expect((await get(server, '/api/v1/views/none')).status).toBe(404);
		const removed = await fetch(`${server.url}/api/v1/views/${encodeURIComponent('weekly by service')}`, {method: 'DELETE', headers: {authorization: `Bearer ${ADMIN}`}});
		expect(removed.status).toBe(200);
		expect((await get(server, '/api/v1/views')).body['views']).toEqual([]);
	});

	test('bad history parameters are a 400 in one line', async () => {
		const bad = await get(server, '/api/v1/history?limit=0');
		expect(bad.status).toBe(400);
		expect(bad.body['detail']).toMatch(/--limit "0" must be a whole number/);
		expect((await get(server, '/api/v1/history?since=soon')).status).toBe(400);
	});
});

test('the OpenAPI document names the history and view routes', async () => {
	const server = await serve({kind: 'sqlite', path: `${dir.path}/openapi.sqlite`});
	try {
		const paths = Object.keys(((await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {paths: object}).paths);
		expect(paths).toEqual(expect.arrayContaining(['/api/v1/history', '/api/v1/history/stats', '/api/v1/views', '/api/v1/views/{name}']));
	} finally {
		await server.close();
	}
});
