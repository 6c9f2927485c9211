import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, expect, test} from 'vitest';
import {writeDemoExport} from '../../source/demo-export/write-parquet.js';
import {CostEngine} from '../../source/engine.js';
import {type Amount, amountToString, parseAmount, sumAmounts} from '../../source/money.js';
import type {Scope} from '../../source/query.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {buildCatalogue} from '../../source/sources/demo/catalogue.js';
import {createParquetSource} from '../../source/sources/parquet/index.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {TEST_TODAY, keys, type Rendered, renderApp} from '../render.js';

/** Enter on a usage type goes one level further on an export: to the resources behind it, as `query --group-by RESOURCE_ID` lists them. */
const dir = tempDir('aws-cost-resource-drill-');
let glob = '';
let app: Rendered | undefined;
beforeAll(async () => {
	await writeDemoExport({catalogue: buildCatalogue(TEST_TODAY, 42), format: 'cur2', directory: join(dir.path, 'cur2'), months: 2});
	glob = `${dir.path}/cur2/**/*.parquet`;
}, 300_000);
afterEach(() => {
	app?.unmount();
	app = undefined;
});
afterAll(() => dir.remove());

const clipboardText = (frames: readonly string[]): string[] =>
	frames.flatMap(frame => [...frame.matchAll(/\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007/g)].map(match => Buffer.from(match[1]!, 'base64').toString('utf8')));
const shellWords = (line: string): string[] => [...line.matchAll(/'([^']*)'|(\S+)/g)].map(match => match[1] ?? match[2]!);
const settled = (text: string) => (frame: string) => frame.includes(text) && frame.includes('Up to date');

test('on a demo export, Enter on a usage type lists its resources with the figures of `query --group-by RESOURCE_ID`; a resource is the bottom', async () => {
	const scope: Scope = {source: 'export', exportLocation: {kind: 'parquet', glob}};
	const engine = new CostEngine({source: createParquetSource(glob), today: TEST_TODAY});
	const exported = tempDir('aws-cost-resource-drill-view-');
	app = renderApp({engineFor: async () => engine, scope, columns: 200, rows: 50, exportDirectory: exported.path});
	await app.waitFor('Up to date', 60_000);
	app.press(keys.enter);
	await app.waitFor(settled('› by USAGE_TYPE'), 60_000);
	app.press(keys.enter);
	const resources = await app.waitFor(settled('› by RESOURCE_ID'), 60_000);
	expect(resources).toMatch(/\b(i|vol|snap|nat|eipalloc)-[0-9a-f]{6,}|arn:aws:/);

	app.press(keys.enter);
	await app.waitFor('Already at the deepest level of the drill path.', 15_000);

	// The view copies as a command line that names the export and the resources: the CLI gives the same figures.
	app.press('y');
	await app.waitFor('Copied: aws-cost query', 15_000);
	const line = clipboardText(app.stdout.frames).at(-1)!;
	expect(line).toContain('--group-by RESOURCE_ID');
	const cache = tempDir('aws-cost-resource-drill-cli-');
	try {
		const run = await runCliInProcess([...shellWords(line).slice(1), '--format', 'json', '--no-cache'], isolatedEnv(cache.path, {AWS_COST_TODAY: TEST_TODAY}));
		expect(run.stderr).toBe('');
		const json = JSON.parse(run.stdout) as {rows: Array<{keys: string[]; amount: number}>};
		const byResource = new Map<string, Amount[]>();
		for (const row of json.rows) byResource.set(row.keys[0]!, [...(byResource.get(row.keys[0]!) ?? []), parseAmount(String(row.amount))]);

		// The app's own export of the view holds the same resources with the same exact figures.
		app.press('e');
		await app.waitFor('Export the view');
		app.press(keys.down, keys.enter);
		await app.waitFor('Exported to', 15_000);
		const [file] = await readdir(exported.path);
		const view = JSON.parse(await readFile(join(exported.path, file!), 'utf8')) as {rows: Array<{keys: string[]; amount: {exact: string} | null}>};
		const appRows = view.rows.filter(row => row.amount !== null).map(row => [row.keys[0]!, row.amount!.exact] as const);
		expect(appRows.length).toBeGreaterThan(0);
		expect(new Map(appRows)).toEqual(new Map([...byResource].map(([resource, amounts]) => [resource, amountToString(sumAmounts(amounts))])));
	} finally {
		cache.remove();
		exported.remove();
	}
}, 240_000);

test('on the demo (Cost Explorer semantics) Enter on a usage type still goes on to REGION', async () => {
	const engine = new CostEngine({source: createDemoSource({today: TEST_TODAY}), today: TEST_TODAY});
	app = renderApp({engineFor: async () => engine, columns: 200, rows: 50});
	await app.waitFor('Up to date', 30_000);
	app.press(keys.enter);
	await app.waitFor(settled('› by USAGE_TYPE'), 30_000);
	app.press(keys.enter);
	const frame = await app.waitFor(settled('› by REGION'), 30_000);
	expect(frame).not.toContain('RESOURCE_ID');
}, 120_000);

test('query --group-by RESOURCE_ID on the demo is refused in one line, with exit code 2', async () => {
	const cache = tempDir('aws-cost-resource-drill-ce-');
	try {
		const run = await runCliInProcess(['query', '--demo', '--group-by', 'RESOURCE_ID', '--no-cache'], isolatedEnv(cache.path, {AWS_COST_TODAY: TEST_TODAY}));
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			'aws-cost: Cost Explorer cannot group by RESOURCE_ID: resources need a billing export (--source parquet:GLOB or athena:DATABASE.TABLE).',
		]);
	} finally {
		cache.remove();
	}
});
