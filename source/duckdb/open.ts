import type {DuckDBConnection} from '@duckdb/node-api';
import {CostError} from '../errors.js';
import {namedExports} from '../module-interop.js';

/**
 * An in-memory DuckDB connection. The package (a native binary) is loaded
 * here and only here, on first use: starting the app never pays for it.
 */
export async function openDuckDb(): Promise<DuckDBConnection> {
	let duckdb: typeof import('@duckdb/node-api');
	try {
		duckdb = namedExports(await import('@duckdb/node-api'));
	} catch (error) {
		throw new CostError('unavailable', 'DuckDB (@duckdb/node-api) could not be loaded: reinstall aws-cost with its optional native package.', String(error));
	}
	const instance = await duckdb.DuckDBInstance.create(':memory:');
	return instance.connect();
}

/** A string as a SQL literal: for names DuckDB takes only as literals (file globs, COPY targets). */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
