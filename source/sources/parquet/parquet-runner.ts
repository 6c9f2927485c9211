import type {DuckDBConnection} from '@duckdb/node-api';
import {openDuckDb, sqlString} from '../../duckdb/open.js';
import {badInput, CostError} from '../../errors.js';
import {DUCKDB} from '../export-sql/dialect.js';
import type {ColumnInfo, SqlResult, SqlRow, SqlRunner} from '../export-sql/runner.js';
import {productNamesByCode} from './product-names.js';

/** DuckDB's message for a glob that matches nothing, and for a file that is not Parquet. */
const NO_FILES = /No files found|IO Error: No files/i;
const NOT_PARQUET = /No magic bytes|not a parquet file|Invalid Input Error.*parquet/i;

function oneLine(error: unknown, label: string): Error {
	const message = error instanceof Error ? error.message : String(error);
	if (NO_FILES.test(message)) return badInput(`${label} matches no files: check the path and quote the glob ('./exports/**/*.parquet').`);
	if (NOT_PARQUET.test(message)) return badInput(`${label} holds a file that is not Parquet: point the glob at the export's .parquet files only.`);
	if (/Binder Error|Conversion Error|Catalog Error/.test(message)) {
		return badInput(`${label} could not be read as a billing export: ${(message.split('\n')[0] ?? '').slice(0, 200)}`);
	}
	return new CostError('unavailable', `DuckDB could not read ${label}: ${(message.split('\n')[0] ?? '').slice(0, 200)}`, message);
}

/**
 * Runs export SQL in-process with DuckDB over Parquet files. Every value
 * comes back as text, so decimals reach the money type digit for digit.
 */
export interface ParquetRunnerOptions {
	/** Where the product names read per file are kept between runs (see productNamesByCode); none: kept in memory only. */
	readonly productNamesCache?: string;
}

export function parquetRunner(glob: string, options: ParquetRunnerOptions = {}): SqlRunner {
	const label = `parquet:${glob}`;
	let connection: Promise<DuckDBConnection> | undefined;
	const connect = (): Promise<DuckDBConnection> => (connection ??= openDuckDb());
	// hive_partitioning adds billing_period from AWS's folder layout; union_by_name tolerates columns added over time.
	const from = `read_parquet(${sqlString(glob)}, hive_partitioning = true, union_by_name = true)`;
	const run = async (sql: string, params: readonly string[], signal?: AbortSignal): Promise<SqlResult> => {
		signal?.throwIfAborted();
		const db = await connect();
		const onAbort = () => db.interrupt();
		signal?.addEventListener('abort', onAbort, {once: true});
		try {
			const reader = await db.runAndReadAll(sql, [...params]);
			signal?.throwIfAborted();
			const rows: SqlRow[] = reader.getRowObjectsJson().map(row => {
				const text: Record<string, string | null> = {};
				for (const [name, value] of Object.entries(row)) text[name] = value === null ? null : String(value);
				return text;
			});
			return {rows, bytesScanned: 0, billableRequests: 0};
		} catch (error) {
			signal?.throwIfAborted();
			throw oneLine(error, label);
		} finally {
			signal?.removeEventListener('abort', onAbort);
		}
	};
	return {
		dialect: DUCKDB,
		from,
		label,
		async columns(signal?: AbortSignal) {
			const described = await run(`DESCRIBE SELECT * FROM ${from}`, [], signal);
			const columns: ColumnInfo[] = described.rows.map(row => ({name: row['column_name'] ?? '', type: row['column_type'] ?? ''}));
			return {columns, billableRequests: 0, bytesScanned: 0};
		},
		run,
		async productNames(months) {
			return productNamesByCode(await connect(), glob, months, options.productNamesCache).catch(() => undefined);
		},
		close(): void {
			void connection?.then(db => db.closeSync()).catch(() => undefined);
		},
	};
}
