import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {registerOutputFormat} from '../../source/export/index.js';
import {amountToString} from '../../source/money.js';
import {type Rendered, keys, renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

// What a plugin's exporter registers once its plugin is loaded (see source/plugins/loader.ts).
registerOutputFormat({
	name: 'totals',
	extension: 'tot',
	format: results => results.map(({label, result}) => `${label} ${result.query.period.start} ${amountToString(result.total)}\n`).join(''),
});

describe("the app's export offers the plugins' formats", () => {
	test('loaded only when the export list opens, then listed after the view formats and written from the view\'s figures', async () => {
		const directory = await mkdtemp(join(tmpdir(), 'aws-cost-plugin-export-'));
		let loads = 0;
		try {
			app = renderApp({
				exportDirectory: directory,
				loadPluginFormats: async () => {
					loads++;
					return ['totals'];
				},
			});
			await app.waitFor('Up to date');
			expect(loads).toBe(0);
			app.press('e');
			await app.waitFor('totals (plugin)');
			expect(loads).toBe(1);
			app.press(keys.down, keys.down, keys.down, keys.enter);
			await app.waitFor('Exported to');
			const [file] = await readdir(directory);
			expect(file).toMatch(/^aws-cost-\d{8}-\d{6}\.tot$/);
			expect(await readFile(join(directory, file!), 'utf8')).toMatch(/^demo \/ All accounts 2026-03-01 \d+(\.\d+)?\n$/);
			app.press('e');
			await app.waitFor('totals (plugin)');
			expect(loads).toBe(1);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});
