import {afterAll, describe, expect, it} from 'vitest';
import {jsonSourcePlugin} from '../fixtures/json-source-plugin.js';
import {pluginDir} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

const dir = pluginDir();
afterAll(() => dir.remove());

dir.write('jsoncosts.js', jsonSourcePlugin());
dir.write('broken-costs.js', jsonSourcePlugin({name: 'brokencosts', fail: 'costs'}));
dir.write('broken-open.js', jsonSourcePlugin({name: 'brokenopen', fail: 'create'}));
const october = dir.write('october.json', JSON.stringify([
	{month: '2026-10-01', service: 'Ledger', amount: '0.1'},
	{month: '2026-10-01', service: 'Ledger', amount: '0.2'},
	{month: '2026-10-01', service: 'Vault', amount: '1000000.000000001'},
	{month: '2026-09-01', service: 'Vault', amount: '5'},
]));
const other = dir.write('other.json', JSON.stringify([{month: '2026-10-01', service: 'Other', amount: '7'}]));
dir.settings(['./jsoncosts.js', './broken-costs.js', './broken-open.js']);

const query = (...args: string[]) => runCliInProcess(['query', '--range', 'last-month', ...args], dir.env);

describe('a source plugin answers `aws-cost query --source NAME:ARG`', {timeout: 60_000}, () => {
	it('answers the CostQuery through the engine, to the exact amount', async () => {
		const run = await query('--source', `jsoncosts:${october}`, '--group-by', 'SERVICE', '--format', 'json', '--no-cache');
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const result = JSON.parse(run.stdout) as {query: {scope: unknown}; rows: {keys: string[]; amount: number}[]; total: {exact: string}};
		expect(result.query.scope).toEqual({source: 'jsoncosts', argument: october});
		expect(result.rows.map(row => row.keys[0])).toEqual(['Ledger', 'Vault']);
		expect(result.total.exact).toBe('1000000.300000001');
	});

	it('keeps answers for different arguments apart in the cache', async () => {
		const first = await query('--source', `jsoncosts:${october}`, '--format', 'json');
		const second = await query('--source', `jsoncosts:${other}`, '--format', 'json');
		expect(JSON.parse(first.stdout).total.exact).toBe('1000000.300000001');
		expect(JSON.parse(second.stdout).total.exact).toBe('7');
	});

	it('is checked against the capabilities it declares, like any source', async () => {
		const run = await query('--source', `jsoncosts:${october}`, '--metric', 'AmortizedCost');
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^aws-cost: .*AmortizedCost.*\n$/);
	});

	it('a source that throws while answering is one line naming the plugin, exit 1', async () => {
		const run = await query('--source', `brokencosts:${october}`, '--no-cache');
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^aws-cost: .*Plugin "aws-cost-plugin-brokencosts" failed in source "brokencosts" \(costs\): ledger is locked\n$/);
	});

	it('a source that throws while opening is one line naming the plugin, exit 1', async () => {
		const run = await query('--source', 'brokenopen:x', '--no-cache');
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('aws-cost: Plugin "aws-cost-plugin-brokenopen" failed opening source "brokenopen": cannot open the ledger\n');
	});

	it('an unknown source still lists the choices, after the plugins were looked at', async () => {
		const run = await query('--source', 'nosuch:x');
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^aws-cost: Unknown --source "nosuch:x"/);
	});
});
