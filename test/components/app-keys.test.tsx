import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../components/app.js';
import {DEFAULT_SETTINGS} from '../../source/settings.js';
import {TODAY, fixedEngine} from '../assistant/fixed-source.js';
import {type FakeServer, startFakeOllama, text} from '../fixtures/fake-ollama.js';
import {type Rendered, bracketedPaste, keys, renderApp, renderWithProviders} from '../render.js';

let app: Rendered | undefined;
let ollama: FakeServer | undefined;
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await ollama?.close();
	ollama = undefined;
});

/** The label of the table row under the cursor. */
const cursorRow = (frame: string): string | undefined => /┃›(.+?)(?: ~)?\s{2,}/.exec(frame)?.[1];

describe('keys that arrive in one read', () => {
	// The fake source lists AWS Lambda, Amazon S3, Amazon EC2, largest first.
	test('"jj" in one write moves two rows, like two presses', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press('jj');
		await app.waitFor(frame => cursorRow(frame) === 'Amazon EC2');
		app.press('jjjkk');
		await app.waitFor(frame => cursorRow(frame) === 'AWS Lambda');
	});

	test('arrows and letters mixed in one read all apply, in order', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press(`jj${keys.up}${keys.down}${keys.down}k`);
		await app.waitFor(frame => cursorRow(frame) === 'Amazon S3');
	});

	test('a pasted "jjj" in the filter is text, not three moves', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		app.press('/', bracketedPaste('Lam'));
		await app.waitFor(frame => frame.includes('/Lam') && frame.includes('1 row'));
	});

	test('a question typed and Enter in one read is sent', async () => {
		ollama = await startFakeOllama({replies: () => text('ok.')});
		const engine = fixedEngine();
		app = renderWithProviders(
			<App
				engineFor={async () => engine}
				initialScope={{source: 'demo'}}
				today={TODAY}
				settings={DEFAULT_SETTINGS}
				exportDirectory={tmpdir()}
				chat={{provider: 'ollama', model: 'qwen2.5', endpoint: ollama.url, env: {}}}
			/>,
			{columns: 130, rows: 40},
		);
		await app.waitFor('Up to date');
		app.press('i');
		await app.waitFor('Enter sends');
		app.press('top services\r');
		await app.waitFor(() => ollama!.requests.length === 1 && app!.lastFrame().includes('ok.'));
		expect((ollama.requests[0]!['messages'] as {content: string}[]).at(-1)!.content).toBe('top services');
	});
});

describe('sorting', () => {
	test('the cursor stays on its row when the table is re-sorted', async () => {
		app = renderApp();
		await app.waitFor('Up to date');
		expect(cursorRow(app.lastFrame())).toBe('AWS Lambda');
		app.press('S');
		await app.waitFor(frame => frame.includes('amount▲'));
		expect(cursorRow(app.lastFrame())).toBe('AWS Lambda');
		const lines = app.lastFrame().split('\n');
		expect(lines.findIndex(line => line.includes('›AWS Lambda'))).toBeGreaterThan(lines.findIndex(line => line.includes('Amazon EC2')));
		app.press('k', 's');
		await app.waitFor(frame => /Feb 1–17▲/.test(frame));
		expect(cursorRow(app.lastFrame())).toBe('Amazon S3');
	});
});

describe('the request counter', () => {
	const requests = (frame: string): number => Number(/requests (\d+) \(/.exec(frame)?.[1] ?? -1);

	test('counts the whole session across account switches', async () => {
		app = renderApp();
		await app.waitFor('requests 4 ($0.04)');
		app.press('a');
		await app.waitFor('Production');
		app.press('prod', keys.enter);
		await app.waitFor(frame => frame.includes('demo / Production (111111111111)') && frame.includes('Up to date'));
		// The new account's view, previous period, forecast and markers come on top of the first four.
		await app.waitFor('requests 8 ($0.08)');
		app.press('a');
		await app.waitFor('All accounts');
		app.press(keys.enter);
		await app.waitFor(frame => frame.includes('demo / All accounts') && frame.includes('Up to date'));
		expect(requests(app.lastFrame())).toBeGreaterThanOrEqual(8);
	});
});

describe('export', () => {
	test('writes the view on screen: its listed rows, comparison, text filter and sort', async () => {
		const directory = await mkdtemp(join(tmpdir(), 'aws-cost-view-export-'));
		try {
			app = renderApp({exportDirectory: directory});
			await app.waitFor('Up to date');
			app.press('/', 'mazon', keys.enter, 'S');
			await app.waitFor(frame => frame.includes('/mazon') && frame.includes('amount▲'));
			app.press('e');
			await app.waitFor('Export the view');
			app.press(keys.down, keys.enter);
			await app.waitFor('Exported to');
			const [file] = await readdir(directory);
			const exported = JSON.parse(await readFile(join(directory, file!), 'utf8')) as {
				view: {rowsMatching: string; sort: unknown; comparison: unknown; period: unknown};
				rows: {name: string; previous: unknown}[];
			};
			expect(exported.view).toMatchObject({
				rowsMatching: 'mazon',
				sort: {column: 'amount', descending: false},
				period: {start: '2026-03-01', end: '2026-03-18'},
				comparison: {start: '2026-02-01', end: '2026-02-18'},
			});
			// "mazon" lists Amazon S3 and Amazon EC2 (not AWS Lambda), smallest first.
			expect(exported.rows.map(row => row.name)).toEqual(['Amazon EC2', 'Amazon S3']);
			expect(exported.rows[0]!.previous).not.toBeNull();
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});
