import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {HistoryAccess} from '../../source/history/history-access.js';
import {historyLocation} from '../../source/history/open-history.js';
import {type Rendered, keys, renderApp} from '../render.js';
import {queryRecord} from '../history/store-records.js';

let app: Rendered | undefined;
let stateHome: string;
const savedStateHome = process.env['XDG_STATE_HOME'];
const savedDbUrl = process.env['AWS_COST_DB_URL'];

beforeEach(() => {
	stateHome = mkdtempSync(join(tmpdir(), 'aws-cost-app-history-'));
	process.env['XDG_STATE_HOME'] = stateHome;
	delete process.env['AWS_COST_DB_URL'];
});
afterEach(() => {
	app?.unmount();
	app = undefined;
	if (savedStateHome === undefined) delete process.env['XDG_STATE_HOME'];
	else process.env['XDG_STATE_HOME'] = savedStateHome;
	if (savedDbUrl !== undefined) process.env['AWS_COST_DB_URL'] = savedDbUrl;
	rmSync(stateHome, {recursive: true, force: true});
});

const withStore = <T,>(work: Parameters<typeof HistoryAccess.once<T>>[2]) => HistoryAccess.once(historyLocation(process.env), {}, work);

test('H lists the recorded queries newest first; Enter re-opens that view; Esc closes', {timeout: 30_000}, async () => {
	const byRegion = JSON.stringify({period: {start: '2026-02-01', end: '2026-02-08'}, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'REGION'}], scope: {source: 'demo'}});
	await withStore(store =>
		store.recordQueries([
			queryRecord({answeredAt: '2026-03-10T09:00:00.000Z', queryKey: byRegion, total: '42.5', billableRequests: 3}),
			queryRecord({answeredAt: '2026-03-01T09:00:00.000Z', billableRequests: 0}),
		]),
	);
	app = renderApp({columns: 140, rows: 40});
	await app.waitFor('Up to date');
	app.press('H');
	const list = await app.waitFor('2026-03-10 09:00');
	expect(list).toContain('Recent queries');
	expect(list).toContain('2026-02-01..2026-02-08 DAILY UnblendedCost by REGION');
	expect(list).toContain('$42.50 · 3 billable requests');
	expect(list.indexOf('2026-03-10 09:00')).toBeLessThan(list.indexOf('2026-03-01 09:00'));
	app.press(keys.enter);
	const opened = await app.waitFor(frame => !frame.includes('Recent queries') && frame.includes('Up to date') && frame.includes('History'));
	expect(opened).toContain('2026-02-07');
	expect(opened).toContain('REGION');
	app.press('H');
	await app.waitFor('Recent queries');
	app.press(keys.escape);
	await app.waitFor(frame => !frame.includes('Recent queries'));
});

test('v lists saved views and opens one; s saves the view on screen under a typed name', {timeout: 30_000}, async () => {
	await withStore(store => store.saveView({name: 'weekly regions', options: {range: 'last-7-days', granularity: 'DAILY', 'group-by': ['REGION']}, savedAt: '2026-03-01T00:00:00.000Z'}));
	app = renderApp({columns: 140, rows: 40});
	await app.waitFor('Up to date');
	app.press('v');
	const list = await app.waitFor('weekly regions');
	expect(list).toContain('--range last-7-days');
	app.press(keys.enter);
	await app.waitFor(frame => !frame.includes('Saved views') && frame.includes('View weekly regions') && frame.includes('Up to date'));

	app.press('v');
	await app.waitFor('Saved views');
	app.press('s');
	await app.waitFor('Save view as: ▏');
	app.press(keys.enter);
	await app.waitFor('Type a name first.');
	app.press('feb by region', keys.enter);
	await app.waitFor('Saved the view as "feb by region"');
	const saved = await withStore(store => store.view('feb by region'));
	expect(saved?.options).toMatchObject({from: '2026-03-10', to: '2026-03-16', granularity: 'DAILY', 'group-by': ['REGION']});
});

test('nothing recorded: the list says so, and the store is not opened before H', {timeout: 30_000}, async () => {
	app = renderApp({columns: 140, rows: 40});
	await app.waitFor('Up to date');
	const {existsSync} = await import('node:fs');
	expect(existsSync(join(stateHome, 'aws-cost', 'history.sqlite'))).toBe(false);
	app.press('H');
	await app.waitFor('No queries recorded yet.');
});

test('? lists H and v with the other keys', {timeout: 30_000}, async () => {
	app = renderApp({columns: 140, rows: 50});
	await app.waitFor('Up to date');
	app.press('?');
	const help = await app.waitFor('Recent queries; Enter re-opens one');
	expect(help).toContain('Saved views: Enter opens one, s saves the view on screen');
});
