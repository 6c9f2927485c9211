// Child process of the exports bench: one scenario over the bench's Parquet
// files, timed from opening the source to the last row. Prints one JSON line
// with the time and the process's peak RSS (DuckDB's native memory included).
import type {IsoDate} from '../source/dates.js';
import {openDuckDb, sqlString} from '../source/duckdb/open.js';
import type {CostQuery} from '../source/query.js';
import {createParquetSource} from '../source/sources/parquet/index.js';

const [scenario, glob, start, end, productNamesCache] = process.argv.slice(2) as [string, string, IsoDate, IsoDate, string | undefined];
const period = {start, end};
const started = performance.now();
let rows = 0;
if (scenario === 'floor') {
	// DuckDB's own floor: one sum over the same files and months, no translation, no row handling.
	const connection = await openDuckDb();
	const reader = await connection.runAndReadAll(
		`SELECT CAST(sum(line_item_unblended_cost) AS VARCHAR) AS total FROM read_parquet(${sqlString(glob)}, hive_partitioning = true)
		WHERE billing_period >= '${start.slice(0, 7)}' AND billing_period < '${end.slice(0, 7)}'`,
	);
	rows = reader.getRowObjectsJson().length;
} else {
	const source = createParquetSource(glob, productNamesCache === undefined ? {} : {productNamesCache});
	if (scenario === 'resources') {
		rows = (await source.topResources({period, metric: 'UnblendedCost'}, 100)).length;
	} else {
		const query: CostQuery = {
			period,
			granularity: scenario === 'month' ? 'MONTHLY' : 'DAILY',
			metric: 'UnblendedCost',
			groupBy: scenario === 'month' ? [{type: 'DIMENSION', key: 'SERVICE'}] : [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}],
			scope: {source: 'export'},
		};
		for await (const page of source.costAndUsage(query)) rows += page.rows.length;
	}
}
const elapsedMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({scenario, rows, elapsedMs, peakRssMb: process.resourceUsage().maxRSS / 1024})}\n`);
