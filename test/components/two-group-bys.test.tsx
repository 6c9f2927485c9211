import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {CostEngine} from '../../source/engine.js';
import {addAmounts, amountToString, parseAmount, ZERO, type Amount} from '../../source/money.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {TEST_TODAY, keys, type Rendered, renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const clipboardText = (frames: readonly string[]): string[] =>
	frames.flatMap(frame => [...frame.matchAll(/\u001B\]52;c;([A-Za-z0-9+/=]*)\u0007/g)].map(match => Buffer.from(match[1]!, 'base64').toString('utf8')));

/** The words of a copied command line, its single quotes undone. */
const shellWords = (line: string): string[] => [...line.matchAll(/'([^']*)'|(\S+)/g)].map(match => match[1] ?? match[2]!);

interface CliJson {
	readonly rows: ReadonlyArray<{keys: string[]; amount: number; unit: string}>;
	readonly total: {exact: string} | null;
}

/** Runs a copied `aws-cost query …` line as JSON, on the same demo day as the app. */
async function runCopied(line: string, cacheDir: string): Promise<CliJson> {
	const words = shellWords(line);
	expect(words.slice(0, 2)).toEqual(['aws-cost', 'query']);
	const run = await runCliInProcess([...words.slice(1), '--format', 'json', '--no-cache'], isolatedEnv(cacheDir, {AWS_COST_TODAY: TEST_TODAY}));
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as CliJson;
}

test('SERVICE then REGION: rows are pairs with the figures of `aws-cost query --group-by SERVICE --group-by REGION`; Enter drills on both', async () => {
	const directory = await mkdtemp(join(tmpdir(), 'aws-cost-two-ways-'));
	const cli = tempDir();
	try {
		const engine = new CostEngine({source: createDemoSource({today: TEST_TODAY}), today: TEST_TODAY});
		app = renderApp({engineFor: async () => engine, columns: 200, rows: 50, exportDirectory: directory});
		await app.waitFor('Up to date', 15_000);

		// The picker opens on SERVICE; two rows down is REGION, and + adds it as the second.
		app.press('b');
		await app.waitFor('Group by');
		app.press('j', 'j', '+');
		const grouped = await app.waitFor(frame => frame.includes('› by SERVICE, REGION') && frame.includes('Up to date'), 15_000);
		expect(grouped).toMatch(/ · us-east-1/);

		app.press('y');
		await app.waitFor('Copied: aws-cost query', 15_000);
		const line = clipboardText(app.stdout.frames).at(-1)!;
		expect(line).toContain('--group-by SERVICE --group-by REGION');
		const cliRows = await runCopied(line, cli.path);

		// The export holds every row of the table with its exact amount.
		app.press('e');
		await app.waitFor('Export the view');
		app.press(keys.down, keys.enter);
		await app.waitFor('Exported to', 15_000);
		const [file] = await readdir(directory);
		const exported = JSON.parse(await readFile(join(directory, file!), 'utf8')) as {
			view: {groupBy: unknown};
			rows: Array<{keys: string[]; name: string; amount: {exact: string} | null}>;
		};
		expect(exported.view.groupBy).toEqual([
			{type: 'DIMENSION', key: 'SERVICE'},
			{type: 'DIMENSION', key: 'REGION'},
		]);
		const byPair = new Map<string, Amount>();
		for (const row of cliRows.rows) {
			const id = row.keys.join(' / ');
			byPair.set(id, addAmounts(byPair.get(id) ?? ZERO, parseAmount(String(row.amount))));
		}
		const appPairs = exported.rows.filter(row => row.amount !== null).map(row => [row.keys.join(' / '), row.amount!.exact] as const);
		expect(appPairs.length).toBeGreaterThan(10);
		expect(new Map(appPairs)).toEqual(new Map([...byPair].map(([id, amount]) => [id, amountToString(amount)])));

		// Enter on the top pair narrows to both of its keys.
		const [top] = exported.rows;
		const [service, region] = top!.keys;
		app.press(keys.enter);
		await app.waitFor(frame => frame.includes(`REGION: ${region} › by USAGE_TYPE`) && frame.includes('Up to date'), 15_000);
		app.press('y');
		await app.waitFor(frame => frame.includes('Copied: aws-cost query') && frame.includes('USAGE_TYPE'), 15_000);
		const drilledLine = clipboardText(app.stdout.frames).at(-1)!;
		expect(shellWords(drilledLine)).toEqual(expect.arrayContaining(['--filter', `SERVICE=${service}`, `REGION=${region}`]));
		const drilled = await runCopied(drilledLine, cli.path);
		expect(drilled.total?.exact).toBe(top!.amount!.exact);
	} finally {
		cli.remove();
		await rm(directory, {recursive: true, force: true});
	}
	// Two CLI runs over the demo and an export: slow on a busy machine, not a timing check.
}, 90_000);

test('- in the picker drops the second group-by; + on the first one says it is already the first', async () => {
	app = renderApp({columns: 140, rows: 40});
	await app.waitFor('Up to date');
	app.press('b');
	await app.waitFor('Group by');
	app.press('+');
	await app.waitFor('Already grouped by SERVICE');
	app.press('b');
	await app.waitFor('Group by');
	app.press('j', 'j', '+');
	await app.waitFor('› by SERVICE, REGION');
	app.press('b');
	const picker = await app.waitFor('then by (2nd)');
	expect(picker).toMatch(/REGION\s+then by \(2nd\)/);
	app.press('-');
	await app.waitFor(frame => frame.includes('› by SERVICE') && !frame.includes('› by SERVICE, REGION'));
});
