// The exports bench: ≥ 10,000,000 CUR 2.0 line items as Parquet, queried
// through --source parquet: (a month by service, a year by service × account
// daily, the top 100 resources), each beside DuckDB's own floor — a bare
// sum over the same files — run in this same bench.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import type {IsoDate} from '../source/dates.js';
import {writeDemoExport} from '../source/demo-export/write-parquet.js';
import {openDuckDb, sqlString} from '../source/duckdb/open.js';
import {buildCatalogue} from '../source/sources/demo/catalogue.js';

const TODAY = '2026-11-25' as IsoDate;
/** Each demo line item is written this many times, as that many resources: 1.3 M × 8 ≈ 10.4 M line items. */
const COPIES = 8;

export interface ExportBenchLine {
	readonly scenario: string;
	readonly rows: number;
	readonly elapsedMs: number;
	readonly peakRssMb: number;
}

/** Where the bench keeps its Parquet (AWS_COST_BENCH_EXPORTS, or the temp dir): made once, reused by later runs. */
export function benchExportDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['AWS_COST_BENCH_EXPORTS'] || join(tmpdir(), `aws-cost-bench-exports-v1-${TODAY}`);
}

const sizeOf = (directory: string): number =>
	readdirSync(directory, {recursive: true, withFileTypes: true}).reduce((total, entry) => total + (entry.isFile() ? statSync(join(entry.parentPath, entry.name)).size : 0), 0);

/** The demo's CUR 2.0 export, then DuckDB multiplying it into COPIES resources per line. */
async function ensureData(directory: string, log: (line: string) => void): Promise<{lineItems: number; bytes: number}> {
	const large = join(directory, 'cur2-10m');
	if (!existsSync(large)) {
		mkdirSync(directory, {recursive: true, mode: 0o700});
		const base = join(directory, 'cur2-demo');
		if (!existsSync(base)) {
			log('writing the demo export (1.3 M line items) …');
			await writeDemoExport({catalogue: buildCatalogue(TODAY, 42), format: 'cur2', directory: base, months: 14});
		}
		log(`multiplying it ${COPIES}× with DuckDB …`);
		const connection = await openDuckDb();
		await connection.run(
			`COPY (SELECT * REPLACE (CASE WHEN line_item_resource_id = '' THEN '' ELSE line_item_resource_id || '-' || copy END AS line_item_resource_id)
				FROM read_parquet(${sqlString(`${base}/**/*.parquet`)}, hive_partitioning = true) CROSS JOIN range(${COPIES}) AS copies(copy))
			TO ${sqlString(large)} (FORMAT parquet, PARTITION_BY (billing_period), COMPRESSION zstd)`,
		);
		connection.closeSync();
	}
	const connection = await openDuckDb();
	const count = (await connection.runAndReadAll(`SELECT count(*)::VARCHAR AS n FROM read_parquet(${sqlString(`${large}/**/*.parquet`)})`)).getRowObjectsJson()[0]!;
	connection.closeSync();
	return {lineItems: Number(count['n']), bytes: sizeOf(large)};
}

function runChild(args: readonly string[], env: NodeJS.ProcessEnv): ExportBenchLine {
	const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/export-query.ts', ...args], {env, encoding: 'utf8'});
	if (child.status !== 0) throw new Error(child.stderr);
	return JSON.parse(child.stdout) as ExportBenchLine;
}

/** Runs every scenario and its floor; `log` gets the report lines. */
export async function runExportsBench(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
	const directory = benchExportDir(env);
	const {lineItems, bytes} = await ensureData(directory, log);
	const glob = `${directory}/cur2-10m/**/*.parquet`;
	// CUR 2.0's product names, read once per file and kept (as the CLI keeps them in its cache directory):
	// the first query of each period reads them, the next finds them kept. The year's query is DAILY.
	const names = join(directory, 'product-names.json');
	rmSync(names, {force: true});
	log(`${lineItems.toLocaleString('en-US')} CUR 2.0 line items, ${(bytes / 1e9).toFixed(2)} GB of Parquet in ${directory}/cur2-10m; load average ${loadavg().map(load => load.toFixed(1)).join(' ')}`);
	const scenarios: Array<[string, string, IsoDate, IsoDate]> = [
		['a month by SERVICE (names read)', 'month', '2026-10-01' as IsoDate, '2026-11-01' as IsoDate],
		['a month by SERVICE (names kept)', 'month', '2026-10-01' as IsoDate, '2026-11-01' as IsoDate],
		['a year by SERVICE × LINKED_ACCOUNT (names read)', 'year', '2025-11-01' as IsoDate, '2026-11-01' as IsoDate],
		['a year by SERVICE × LINKED_ACCOUNT (names kept)', 'year', '2025-11-01' as IsoDate, '2026-11-01' as IsoDate],
		['top 100 resources, a year', 'resources', '2025-11-01' as IsoDate, '2026-11-01' as IsoDate],
	];
	for (const [name, scenario, start, end] of scenarios) {
		const floor = runChild(['floor', glob, start, end], env);
		const measured = runChild([scenario, glob, start, end, names], env);
		log(
			`${name.padEnd(50)} ${measured.elapsedMs.toFixed(0).padStart(6)} ms, peak RSS ${measured.peakRssMb.toFixed(0)} MB, ${measured.rows} rows` +
				` (${(measured.elapsedMs / floor.elapsedMs).toFixed(1)}× DuckDB's bare sum: ${floor.elapsedMs.toFixed(0)} ms, ${floor.peakRssMb.toFixed(0)} MB; targets ≤ 2 s, < 1 GB)`,
		);
	}
}

if (process.argv[1]?.endsWith('exports.ts')) await runExportsBench(process.env, line => console.log(line));
