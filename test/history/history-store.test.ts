import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {HistoryStore} from '../../source/history/history-store.js';
import {openHistory, type HistoryLocation} from '../../source/history/open-history.js';
import {type PostgresServer, startPostgres} from '../fixtures/postgres-server.js';
import {tempDir} from '../fixtures/run-cli.js';
import {queryRecord} from './store-records.js';

let postgres: PostgresServer;
const dir = tempDir('aws-cost-history-');
let databases = 0;

beforeAll(async () => {
	postgres = await startPostgres();
}, 90_000);
afterAll(async () => {
	await postgres?.stop();
	dir.remove();
}, 60_000);

/** A fresh, empty location of each kind. */
const fresh: Record<'sqlite' | 'postgres', () => Promise<HistoryLocation>> = {
	sqlite: async () => ({kind: 'sqlite', path: `${dir.path}/store-${++databases}/history.sqlite`}),
	postgres: async () => ({kind: 'postgres', url: await postgres.createDatabase(`store_${++databases}`)}),
};

describe.each(['sqlite', 'postgres'] as const)('the history store on %s', kind => {
	const withStore = async (work: (store: HistoryStore) => Promise<void>): Promise<void> => {
		const store = await openHistory(await fresh[kind]());
		try {
			await work(store);
		} finally {
			await store.close();
		}
	};

	test('keeps records as written and lists them newest first, limited and since a time', () =>
		withStore(async store => {
			const old = queryRecord({answeredAt: '2026-11-01T08:00:00.000Z', tokenName: 'ci', cacheHit: true, cacheTier: 'memory', conversationId: 'c1'});
			const mid = queryRecord({answeredAt: '2026-11-10T08:00:00.000Z', total: null, rowCount: 0, outcome: 'failed', errorKind: 'throttled'});
			const recent = queryRecord({answeredAt: '2026-11-20T08:00:00.000Z', total: '0.000000000000001'});
			await store.recordQueries([old, mid, recent]);
			expect(await store.listQueries({limit: 10})).toEqual([recent, mid, old]);
			expect(await store.listQueries({limit: 1})).toEqual([recent]);
			expect(await store.listQueries({limit: 10, since: '2026-11-10T00:00:00.000Z'})).toEqual([recent, mid]);
		}));

	test('a record written twice (a buffer flushed again) is kept once', () =>
		withStore(async store => {
			const record = queryRecord();
			await store.recordQueries([record]);
			await store.recordQueries([record]);
			expect(await store.listQueries({limit: 10})).toHaveLength(1);
		}));

	test('stats: requests and dollars by day, identity and command; hit rate by tier; repeated queries', () =>
		withStore(async store => {
			await store.recordQueries([
				queryRecord({answeredAt: '2026-11-19T23:59:59.000Z', billableRequests: 3, identity: 'a/x', queryKey: 'Q1'}),
				queryRecord({answeredAt: '2026-11-20T00:00:00.000Z', billableRequests: 0, cacheHit: true, identity: 'a/x', queryKey: 'Q1'}),
				queryRecord({answeredAt: '2026-11-20T01:00:00.000Z', billableRequests: 120, frontEnd: 'api', command: 'GET /api/v1/costs', identity: 'b/y', queryKey: 'Q1'}),
				queryRecord({answeredAt: '2026-11-20T02:00:00.000Z', billableRequests: 0, cacheHit: true, cacheTier: 'redis', identity: 'b/y', queryKey: 'Q2'}),
				queryRecord({answeredAt: '2026-11-20T03:00:00.000Z', billableRequests: 0, outcome: 'failed', errorKind: 'throttled', identity: '', queryKey: 'Q2'}),
			]);
			const stats = await store.stats();
			expect(stats).toMatchObject({queries: 5, billableRequests: 123, dollars: '1.23'});
			expect(stats.byDay).toEqual([
				{key: '2026-11-19', queries: 1, billableRequests: 3, dollars: '0.03'},
				{key: '2026-11-20', queries: 4, billableRequests: 120, dollars: '1.20'},
			]);
			expect(stats.byIdentity.map(row => [row.key, row.billableRequests])).toEqual([
				['b/y', 120],
				['a/x', 3],
				['(unknown)', 0],
			]);
			expect(stats.byCommand.map(row => [row.key, row.queries])).toEqual([
				['api GET /api/v1/costs', 1],
				['cli query', 4],
			]);
			expect(stats.cacheHitRateByTier).toEqual([
				{tier: 'all', queries: 4, hits: 2, hitRate: 0.5},
				{tier: 'cache', queries: 4, hits: 1, hitRate: 0.25},
				{tier: 'redis', queries: 4, hits: 1, hitRate: 0.25},
			]);
			expect(stats.mostRepeated.map(row => [row.queryKey, row.count])).toEqual([
				['Q1', 3],
				['Q2', 2],
			]);
			expect((await store.stats('2026-11-20T00:00:00.000Z')).billableRequests).toBe(120);
		}));

	test('an empty history has empty stats', () =>
		withStore(async store => {
			expect(await store.stats()).toEqual({
				since: null,
				queries: 0,
				billableRequests: 0,
				dollars: '0.00',
				byDay: [],
				byIdentity: [],
				byCommand: [],
				cacheHitRateByTier: [],
				mostRepeated: [],
			});
		}));

	test('prune removes only what is older; clear removes every query and chat turn, not views', () =>
		withStore(async store => {
			await store.recordQueries([queryRecord({answeredAt: '2026-08-01T00:00:00.000Z'}), queryRecord({answeredAt: '2026-11-01T00:00:00.000Z'})]);
			await store.recordChatTurns([{recordId: 't1', conversationId: 'c', askedAt: '2026-08-01T00:00:00.000Z', frontEnd: 'chat', tokenName: null, question: 'q', answer: 'a'}]);
			await store.saveView({name: 'v', options: {range: 'last-month'}, savedAt: '2026-11-01T00:00:00.000Z'});
			expect(await store.pruneBefore('2026-09-01T00:00:00.000Z')).toBe(2);
			expect(await store.listQueries({limit: 10})).toHaveLength(1);
			expect(await store.clear()).toBe(1);
			expect(await store.listQueries({limit: 10})).toEqual([]);
			expect(await store.views()).toHaveLength(1);
		}));

	test('chat turns are kept by conversation, in order, with the queries they ran', () =>
		withStore(async store => {
			const turn = (id: string, askedAt: string, question: string) => ({recordId: id, conversationId: 'conv-1', askedAt, frontEnd: 'chat' as const, tokenName: 'ops', question, answer: `about ${question}`});
			await store.recordChatTurns([turn('b', '2026-11-20T10:01:00.000Z', 'and EC2?'), turn('a', '2026-11-20T10:00:00.000Z', 'top services?')]);
			await store.recordQueries([queryRecord({conversationId: 'conv-1', frontEnd: 'chat'})]);
			expect((await store.chatTurns('conv-1')).map(t => t.question)).toEqual(['top services?', 'and EC2?']);
			expect((await store.listQueries({limit: 5}))[0]?.conversationId).toBe('conv-1');
			await store.forget([], ['a']);
			expect((await store.chatTurns('conv-1')).map(t => t.recordId)).toEqual(['b']);
		}));

	test('saved views: save, replace, list by name, get, delete; preferences round-trip', () =>
		withStore(async store => {
			await store.saveView({name: 'weekly', options: {range: 'last-7-days', 'group-by': ['SERVICE']}, savedAt: '2026-11-01T00:00:00.000Z'});
			await store.saveView({name: 'accounts', options: {'group-by': ['LINKED_ACCOUNT'], demo: true}, savedAt: '2026-11-01T00:00:00.000Z'});
			await store.saveView({name: 'weekly', options: {range: 'last-week'}, savedAt: '2026-11-02T00:00:00.000Z'});
			expect((await store.views()).map(view => view.name)).toEqual(['accounts', 'weekly']);
			expect(await store.view('weekly')).toEqual({name: 'weekly', options: {range: 'last-week'}, savedAt: '2026-11-02T00:00:00.000Z'});
			expect(await store.view("it's; DROP TABLE saved_views")).toBeUndefined();
			expect(await store.deleteView('weekly')).toBe(true);
			expect(await store.deleteView('weekly')).toBe(false);
			await store.setPreference('theme', 'light');
			await store.setPreference('drillPath', ['SERVICE', 'REGION']);
			await store.setPreference('theme', 'no-color');
			expect(await store.preference('theme')).toBe('no-color');
			expect(await store.preference('drillPath')).toEqual(['SERVICE', 'REGION']);
			expect(await store.preference('missing')).toBeUndefined();
		}));
});
