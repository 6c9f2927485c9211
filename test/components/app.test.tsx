import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {CostError} from '../../source/errors.js';
import {KEY_COMMANDS} from '../../source/view/key-map.js';
import {keys, renderApp} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The table line of a group, as the frame shows it. */
const tableLine = (frame: string, label: string) => frame.split('\n').find(line => line.includes(`┃ ${label}`) || line.includes(`┃›${label}`));

describe('the app', () => {
	test('opens on this month by service, with exact figures and what they cost', async () => {
		app = renderApp();
		const frame = await app.waitFor('Up to date');
		expect(frame).toContain('DEMO');
		expect(frame).toContain('demo / All accounts');
		expect(frame).toContain('2026-03-01 … 2026-03-17');
		expect(frame).toContain('DAILY · UnblendedCost');
		expect(frame).toContain('All › by SERVICE');
		// Largest first; the cursor on the first row.
		const lines = frame.split('\n');
		const order = ['AWS Lambda', 'Amazon S3', 'Amazon EC2'].map(label => lines.findIndex(line => line.includes(label) && line.includes('┃')));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(tableLine(frame, 'AWS Lambda')).toContain('›AWS Lambda');
		// The view, its previous period, then the forecast's weeks and the anomaly markers' history.
		await app.waitFor('requests 4 ($0.04)');
		expect(frame).toContain('■ Total');
	});

	test('drills two levels and comes back with the cursor where it was', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press(keys.down);
		await app.waitFor(frame => tableLine(frame, 'Amazon S3')?.includes('›') === true);
		app.press(keys.enter);
		await app.waitFor('All › SERVICE: Amazon S3 › by USAGE_TYPE');
		await app.waitFor(frame => tableLine(frame, 'BoxUsage') !== undefined);
		app.press('j');
		app.press(keys.enter);
		const deepest = await app.waitFor('USAGE_TYPE: BoxUsage › by REGION');
		expect(deepest).toContain('All › SERVICE: Amazon S3 › USAGE_TYPE: BoxUsage › by REGION');
		await app.waitFor(frame => tableLine(frame, 'eu-west-1') !== undefined);
		const query = app.source.queries.at(-1);
		expect(query?.filter).toEqual({
			And: [{Dimensions: {Key: 'SERVICE', Values: ['Amazon S3']}}, {Dimensions: {Key: 'USAGE_TYPE', Values: ['BoxUsage']}}],
		});
		app.press(keys.backspace);
		await app.waitFor(frame => frame.includes('All › SERVICE: Amazon S3 › by USAGE_TYPE') && tableLine(frame, 'BoxUsage') !== undefined);
		expect(tableLine(app.lastFrame(), 'BoxUsage')).toContain('›BoxUsage');
		app.press(keys.escape);
		await app.waitFor(frame => frame.includes('All › by SERVICE') && tableLine(frame, 'Amazon S3') !== undefined);
		expect(tableLine(app.lastFrame(), 'Amazon S3')).toContain('›Amazon S3');
	});

	test('switches account through the switcher, never showing old figures under the new name', async () => {
		const held: (() => void)[] = [];
		const source = new FakeCostSource({
			beforePage: async query => {
				if (query.scope.account !== undefined) await new Promise<void>(resolve => held.push(resolve));
			},
		});
		app = renderApp({source, listProfiles: async () => ['dev', 'prod']});
		const before = await app.waitFor('Up to date');
		const lambdaAll = tableLine(before, 'AWS Lambda');
		app.press('a');
		await app.waitFor('Production');
		expect(app.lastFrame()).toContain('All accounts');
		expect(app.lastFrame()).toContain('dev');
		app.press('p', 'r', 'o', 'd');
		await app.waitFor(frame => frame.includes('Filter: prod') && !frame.includes('Staging'));
		app.press(keys.enter);
		const switching = await app.waitFor('demo / Production (111111111111)');
		expect(switching).not.toContain(lambdaAll);
		expect(switching).toContain('Loading');
		await app.waitFor(() => held.length > 0);
		expect(app.lastFrame()).toContain('Loading');
		while (!app.lastFrame().includes('Up to date')) {
			for (const release of held.splice(0)) release();
			await new Promise(resolve => setTimeout(resolve, 5));
		}
		const after = app.lastFrame();
		expect(after).toContain('demo / Production (111111111111)');
		expect(tableLine(after, 'AWS Lambda')).not.toEqual(lambdaAll);
		expect(source.queries.at(-1)?.scope).toEqual({source: 'demo', account: '111111111111'});
	});

	test('changes the period with presets and [ ]', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press('2');
		await app.waitFor('2026-02-01 … 2026-02-28');
		app.press('[');
		await app.waitFor('2026-01-01 … 2026-01-31');
		await app.waitFor('Up to date');
		expect(app.source.queries.some(query => query.period.start === '2025-12-01')).toBe(true);
		app.press(']', ']', ']');
		await app.waitFor('Already at the latest period');
		expect(app.lastFrame()).toContain('2026-03-01 … 2026-03-17');
	});

	test('[ from this month steps to all of last month; the previous column says which days it holds', async () => {
		app = renderApp();
		const first = await app.waitFor('Up to date');
		// March 1–17 so far, against the same days of February.
		expect(first).toMatch(/amount▼\s+Feb 1–17\s+change/);
		expect(app.source.queries.some(query => query.period.start === '2026-02-01' && query.period.end === '2026-02-18')).toBe(true);
		app.press('[');
		await app.waitFor(frame => frame.includes('2026-02-01 … 2026-02-28') && /amount▼\s+Jan 2026\s+change/.test(frame));
	});

	test('the help overlay lists every binding and takes keys before the table', async () => {
		app = renderApp({rows: 50});
		await app.waitFor('Up to date');
		app.press('?');
		const help = await app.waitFor('Keys · ? or Esc closes');
		for (const {description} of KEY_COMMANDS) expect(help).toContain(description);
		app.press('j', 'j');
		app.press(keys.escape);
		const closed = await app.waitFor(frame => !frame.includes('Keys · ?') && frame.includes('■ Total'));
		expect(tableLine(closed, 'AWS Lambda')).toContain('›AWS Lambda');
	});

	test('exports the view to a timestamped file and shows the path', async () => {
		const directory = await mkdtemp(join(tmpdir(), 'aws-cost-tui-export-'));
		try {
			app = renderApp({exportDirectory: directory});
			await app.waitFor('Up to date');
			app.press('e');
			await app.waitFor('Export the view');
			app.press(keys.down, keys.enter);
			const frame = await app.waitFor('Exported to');
			const files = await readdir(directory);
			expect(files).toHaveLength(1);
			expect(files[0]).toMatch(/^aws-cost-\d{8}-\d{6}\.json$/);
			expect(frame.replace(/\s+/g, '')).toContain(join(directory, files[0]!).replace(/\s+/g, '').slice(0, 40));
			const exported = JSON.parse(await readFile(join(directory, files[0]!), 'utf8')) as unknown;
			expect(JSON.stringify(exported)).toContain('AWS Lambda');
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});

	test('filters rows by text and clears with Esc', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press('/', 'l', 'a', 'm');
		const filtered = await app.waitFor('/lam');
		expect(tableLine(filtered, 'AWS Lambda')).toBeDefined();
		expect(tableLine(filtered, 'Amazon S3')).toBeUndefined();
		app.press(keys.escape);
		await app.waitFor(frame => tableLine(frame, 'Amazon S3') !== undefined);
	});

	test('resizes: the chat pane goes when narrow, a message when too small', async () => {
		app = renderApp({columns: 120, rows: 30});
		await app.waitFor('Up to date');
		expect(app.lastFrame()).toContain('Keys');
		for (const line of app.lastFrame().split('\n')) expect([...line].length).toBeLessThanOrEqual(120);
		expect(app.lastFrame().split('\n').length).toBeLessThanOrEqual(29);
		app.resize(80, 24);
		const narrow = await app.waitFor(frame => !frame.includes('Focus the next pane'));
		for (const line of narrow.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
		expect(narrow.split('\n').length).toBeLessThanOrEqual(23);
		app.resize(50, 12);
		await app.waitFor('Make the window at least 60×18 (now 50×12)');
		app.resize(100, 30);
		await app.waitFor('■ Total');
	});

	test('a failing source is one line in the status bar, never a stack', async () => {
		const source = new FakeCostSource({failWith: new CostError('sso-expired', 'Your SSO session has expired: run `aws sso login`.')});
		app = renderApp({source});
		const frame = await app.waitFor('✗ Your SSO session has expired');
		expect(frame).not.toMatch(/at .*\.ts:\d+/);
	});

	test('b picks another group-by; t, m and s change granularity, metric and sort', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press('b');
		await app.waitFor('Group by');
		app.press(keys.down, keys.down, keys.enter);
		await app.waitFor(frame => frame.includes('All › by REGION') && tableLine(frame, 'us-east-1') !== undefined);
		expect(app.source.queries.at(-1)?.groupBy).toEqual([{type: 'DIMENSION', key: 'REGION'}]);
		app.press('t');
		await app.waitFor('MONTHLY · UnblendedCost');
		app.press('m');
		await app.waitFor('MONTHLY · AmortizedCost');
		app.press('s');
		await app.waitFor('Feb 1–17▼');
		app.press('S');
		await app.waitFor('Feb 1–17▲');
	});

	test('a live scope is badged LIVE, demo data never is', async () => {
		app = renderApp({scope: {source: 'aws', profile: 'prod'}});
		const frame = await app.waitFor('Up to date');
		expect(frame).toContain('LIVE');
		expect(frame).not.toContain('DEMO');
		expect(frame).toContain('prod / All accounts');
	});

	test('q quits', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		const exited = app.instance.waitUntilExit();
		app.press('q');
		await expect(exited).resolves.toBeUndefined();
	});
});
