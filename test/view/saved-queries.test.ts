import {expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';
import {appReducer, initialAppState, viewQuery} from '../../source/view/app-state.js';
import {historyItemOf, openedOnView, recordQuery, savedViewQuery, viewOptionsOf} from '../../source/view/saved-queries.js';
import {queryRecord} from '../history/store-records.js';

const demo = {source: 'demo'} as const;
const today = '2026-03-17' as IsoDate;

test.each([
	['not JSON', 'nope'],
	['no granularity', '{"period":{"start":"2026-10-01","end":"2026-11-01"}}'],
	['no period', '{"granularity":"DAILY","metric":"UnblendedCost"}'],
	['empty', '{}'],
])('a record key that is %s re-opens nothing', (_, key) => {
	expect(recordQuery(key, demo)).toBeUndefined();
});

test('a record key re-opens its period, granularity, metric, group-bys and filter on the account on screen', () => {
	const filter = {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}};
	const key = JSON.stringify({period: {start: '2026-02-01', end: '2026-03-01'}, granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [{type: 'DIMENSION', key: 'REGION'}], filter, scope: {source: 'aws', profile: 'other'}});
	expect(recordQuery(key, demo)).toEqual({period: {start: '2026-02-01', end: '2026-03-01'}, granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [{type: 'DIMENSION', key: 'REGION'}], filter, scope: demo});
});

test('a history item: when, the query in short, total and billable requests; a failure shows its outcome', () => {
	const item = historyItemOf(queryRecord({answeredAt: '2026-11-20T10:05:00.000Z', total: '1234.567', billableRequests: 1}), demo);
	expect(item.label).toBe('2026-11-20 10:05  2026-10-01..2026-11-01');
	expect(item.detail).toBe('$1,234.57 · 1 billable request');
	expect(historyItemOf(queryRecord({total: null, outcome: 'failed', billableRequests: 0}), demo).detail).toBe('failed · 0 billable requests');
});

test('the view on screen as query flags (inclusive dates), round-tripping through a saved view; an Or filter has none', () => {
	const query: CostQuery = {period: {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate}, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'SERVICE'}], filter: {Dimensions: {Key: 'REGION', Values: ['us-east-1']}}, scope: demo};
	const options = viewOptionsOf(query)!;
	expect(options).toEqual({from: '2026-02-01', to: '2026-02-28', granularity: 'DAILY', metric: 'UnblendedCost', 'group-by': ['SERVICE'], filter: ['REGION=us-east-1']});
	const reopened = savedViewQuery({name: 'x', options, savedAt: ''}, today, demo);
	expect(reopened).toEqual({ok: true, query});
	const or = {...query, filter: {Or: [{Dimensions: {Key: 'REGION', Values: ['a']}}, {Dimensions: {Key: 'SERVICE', Values: ['b']}}]}} as CostQuery;
	expect(viewOptionsOf(or)).toBeUndefined();
});

test('a saved range resolves against the app’s today; a view that cannot run says why in one line', () => {
	const opened = savedViewQuery({name: 'week', options: {range: 'last-7-days'}, savedAt: ''}, today, demo);
	expect(opened.ok && opened.query.period).toEqual({start: '2026-03-10', end: '2026-03-17'});
	const bad = savedViewQuery({name: 'bad', options: {range: 'someday'}, savedAt: ''}, today, demo);
	expect(bad.ok).toBe(false);
	expect(!bad.ok && bad.message).toMatch(/^View bad: .*someday/);
});

test('the save-view prompt takes typing and erasing; other overlays ignore it', () => {
	let state = appReducer(initialAppState({scope: demo, today}), {type: 'open-overlay', overlay: {kind: 'save-view', text: ''}});
	for (const text of ['a', 'b', 'c']) state = appReducer(state, {type: 'type-text', text});
	state = appReducer(state, {type: 'erase-text'});
	expect(state.overlay).toEqual({kind: 'save-view', text: 'ab'});
	const list = appReducer(state, {type: 'open-overlay', overlay: {kind: 'views', cursor: 0}});
	expect(appReducer(list, {type: 'type-text', text: 'x'})).toBe(list);
	expect(appReducer(list, {type: 'overlay-cursor', step: 3, count: 2}).overlay).toEqual({kind: 'views', cursor: 1});
});

test('the app opened on a saved view shows its query, and Back returns to the usual start; a broken view is a notice', () => {
	const start = initialAppState({scope: demo, today});
	const opened = openedOnView(start, {name: 'regions', options: {range: 'last-month', 'group-by': ['REGION']}, savedAt: ''});
	expect(viewQuery(opened)).toMatchObject({period: {start: '2026-02-01', end: '2026-03-01'}, granularity: 'MONTHLY', groupBy: [{type: 'DIMENSION', key: 'REGION'}]});
	expect(opened.views.at(-1)?.origin?.from).toBe('View regions');
	expect(viewQuery(appReducer(opened, {type: 'back'}))).toEqual(viewQuery(start));
	const broken = openedOnView(start, {name: 'b', options: {granularity: 'WEEKLY'}, savedAt: ''});
	expect(broken.notice?.tone).toBe('error');
	expect(viewQuery(broken)).toEqual(viewQuery(start));
});
