import {afterAll, beforeAll, expect, test} from 'vitest';
import {HistoryAccess} from '../../source/history/history-access.js';
import {HistoryRecorder} from '../../source/history/history-recorder.js';
import {openHistory, type HistoryLocation} from '../../source/history/open-history.js';
import {type ApiServer, startApiServer} from '../fixtures/api-server.js';
import {type PostgresServer, startPostgres} from '../fixtures/postgres-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-pg-outage-');
let postgres: PostgresServer;
let server: ApiServer;
let location: HistoryLocation;
let recorder: HistoryRecorder;
const warnings: string[] = [];
const bufferPath = `${dir.path}/state/history-buffer.sqlite`;

beforeAll(async () => {
	postgres = await startPostgres();
	location = {kind: 'postgres', url: await postgres.createDatabase('outage')};
	recorder = new HistoryRecorder({location, bufferPath, origin: {frontEnd: 'api'}, warn: message => warnings.push(message), timeoutMs: 3000, retryAfterMs: 100});
	server = await startApiServer(isolatedEnv(dir.path), {today: '2026-11-25', history: {recorder, access: new HistoryAccess(location, {timeoutMs: 3000})}});
}, 90_000);
afterAll(async () => {
	await server?.close();
	await postgres?.stop();
	dir.remove();
}, 60_000);

const ask = async (range: string): Promise<number> => (await fetch(`${server.url}/api/v1/costs?range=${range}`)).status;
const ready = async () => (await (await fetch(`${server.url}/ready`)).json()) as {status: string; degraded?: {dependency: string; detail: string}[]};
const recordedIn = async (where: HistoryLocation): Promise<number> => {
	const store = await openHistory(where);
	try {
		return (await store.listQueries({limit: 100})).length;
	} finally {
		await store.close();
	}
};
const flush = () => recorder.flush();

test('PostgreSQL killed mid-run: answers continue, records wait in the local buffer (said once), /ready says degraded; back, the buffer flushes', async () => {
	expect(await ask('last-month')).toBe(200);
	await flush();
	expect(await recordedIn(location)).toBe(1);

	await postgres.kill();
	for (const range of ['last-7-days', 'this-month', 'last-30-days']) expect(await ask(range)).toBe(200);
	await flush();
	await new Promise(resolve => setTimeout(resolve, 150));
	expect(await ask('yesterday')).toBe(200);
	await flush();
	expect(warnings.filter(warning => warning.startsWith('The history store is unreachable'))).toHaveLength(1);
	expect(warnings[0]).toContain(bufferPath);
	expect(await recordedIn({kind: 'sqlite', path: bufferPath})).toBe(4);
	const degraded = await ready();
	expect(degraded.status).toBe('degraded');
	expect(degraded.degraded).toEqual([{dependency: 'history', detail: expect.stringMatching(/^history store postgres:\/\/postgres@127\.0\.0\.1:\d+\/outage unreachable/)}]);

	await postgres.start();
	await new Promise(resolve => setTimeout(resolve, 150));
	expect(await ask('today')).toBe(200);
	await flush();
	expect(await recordedIn(location)).toBe(6);
	expect(await recordedIn({kind: 'sqlite', path: bufferPath})).toBe(0);
	expect((await ready()).degraded).toBeUndefined();
}, 120_000);
