import {afterAll, afterEach, expect, it} from 'vitest';
import {OUTPUT_FORMATS, formatExtension, registerOutputFormat, unregisterOutputFormat} from '../../source/export/index.js';
import {amountToString} from '../../source/money.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir();
afterAll(() => dir.remove());
afterEach(() => unregisterOutputFormat('totals'));

it('prints a query in a registered format, and names it beside the built-in ones', async () => {
	registerOutputFormat({
		name: 'totals',
		extension: 'tot',
		format: results => results.map(({label, result}) => `${label} ${amountToString(result.total)}\n`).join(''),
	});
	expect(OUTPUT_FORMATS).toEqual(['table', 'json', 'csv', 'markdown', 'totals']);
	expect(formatExtension('totals')).toBe('tot');
	const run = await runCliInProcess(['query', '--demo', '--range', 'last-month', '--format', 'totals'], isolatedEnv(dir.path));
	expect(run.stderr).toBe('');
	expect(run.stdout).toMatch(/^demo \d+\.\d+\n$/);
	// A report has no such form: one line, not a crash.
	const report = await runCliInProcess(['forecast', '--demo', '--format', 'totals'], isolatedEnv(dir.path));
	expect(report.code).toBe(2);
	expect(report.stderr).toBe('aws-cost: Reports print as table, json, csv or markdown, not totals.\n');
	expect(() => registerOutputFormat({name: 'csv', extension: 'csv', format: () => ''})).toThrow('already registered');
});

it('refuses a format nobody registered, listing the ones there are', async () => {
	const run = await runCliInProcess(['query', '--demo', '--format', 'totals'], isolatedEnv(dir.path));
	expect(run.code).toBe(2);
	expect(run.stderr).toContain('use table, json, csv, markdown');
});
