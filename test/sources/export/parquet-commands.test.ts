import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {writeDemoExport} from '../../../source/demo-export/write-parquet.js';
import {buildCatalogue} from '../../../source/sources/demo/catalogue.js';
import {queryCommandWords} from '../../../source/view/query-command-line.js';
import {type Amount, amountToString, sumAmounts} from '../../../source/money.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {createParquetSource} from '../../../source/sources/parquet/index.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../../fixtures/run-cli.js';

/** The commands a person runs on an export: the same answers and reports as on the demo it came from. */
const TODAY = '2026-01-20' as IsoDate;
const dir = tempDir('aws-cost-parquet-commands-');
const env = isolatedEnv(dir.path, {AWS_COST_TODAY: TODAY});
let source = '';
beforeAll(async () => {
	await writeDemoExport({catalogue: buildCatalogue(TODAY, 42), format: 'cur2', directory: join(dir.path, 'cur2'), months: 3});
	source = `parquet:${dir.path}/cur2/**/*.parquet`;
}, 300_000);
afterAll(() => dir.remove());

describe('commands on --source parquet:', () => {
	it('query --format json answers as --demo does', async () => {
		const flags = ['--from', '2025-12-01', '--to', '2026-01-19', '--group-by', 'SERVICE', '--metric', 'AmortizedCost', '--format', 'json', '--no-cache'];
		const fromExport = await runCliInProcess(['query', '--source', source, ...flags], env);
		const fromDemo = await runCliInProcess(['query', '--demo', ...flags], env);
		expect(fromExport.stderr).toBe('');
		expect(fromExport.code).toBe(0);
		const rows = (run: {stdout: string}) => (JSON.parse(run.stdout) as {rows: unknown[]}).rows;
		expect(rows(fromExport).length).toBeGreaterThan(20);
		expect(rows(fromExport)).toEqual(rows(fromDemo));
	});

	it('forecast learns from the export and projects the month', async () => {
		const run = await runCliInProcess(['forecast', '--source', source, '--no-cache'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`Forecast (${source}, UnblendedCost)`);
		expect(run.stdout).toMatch(/Month end: MTD \$[\d,.]+ → projected \$[\d,.]+/);
	});

	it("anomalies finds the demo's spikes in the export, and says the export records none of its own", async () => {
		const run = await runCliInProcess(['anomalies', '--source', source, '--no-cache'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Anomaly detection in the export: unavailable. The export detects no anomalies of its own');
		expect(run.stdout).not.toContain("demo's injected");
	});

	it('lists the resources costing most, largest first; together they are every line that names a resource', async () => {
		const parquet = createParquetSource(source.slice('parquet:'.length));
		const period = {start: '2025-12-01' as IsoDate, end: '2026-01-01' as IsoDate};
		const top = await parquet.topResources({period, metric: 'UnblendedCost'}, 5);
		expect(top).toHaveLength(5);
		expect(top.map(item => item.amount)).toEqual([...top.map(item => item.amount)].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
		const all = await parquet.topResources({period, metric: 'UnblendedCost'}, 100_000);
		expect(all.length).toBeGreaterThan(100);
		const demo = createDemoSource({today: TODAY});
		const resourceLines = {Dimensions: {Key: 'RECORD_TYPE' as const, Values: ['Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage', 'SavingsPlanNegation']}};
		let expected = 0n;
		for await (const page of demo.costAndUsage({period, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [], filter: resourceLines, scope: {source: 'demo'}})) {
			for (const row of page.rows) expected += row.amount;
		}
		expect(amountToString(sumAmounts(all.map(item => item.amount)))).toBe(amountToString(expected as Amount));
	});

	it('a query made on the export copies as a command with --source', () => {
		const words = queryCommandWords({
			period: {start: '2026-01-01' as IsoDate, end: '2026-01-10' as IsoDate},
			granularity: 'DAILY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: {source: 'export', exportLocation: {kind: 'parquet', glob: './x/**/*.parquet'}},
		});
		expect(words?.slice(0, 4)).toEqual(['aws-cost', 'query', '--source', 'parquet:./x/**/*.parquet']);
	});
});
