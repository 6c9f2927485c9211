import {join} from 'node:path';
import {badInput} from '../errors.js';
import {defaultCacheDir} from '../paths.js';
import type {Scope} from '../query.js';
import type {CostSource} from './source.js';

/** Options the session hands on to an export source. */
export interface ExportSessionOptions {
	readonly env?: NodeJS.ProcessEnv;
	readonly timeoutMs?: number;
}

/**
 * The source for a scope that names an export: Parquet through DuckDB or a
 * table through Athena. Each is loaded only when asked for.
 */
export async function openExportSource(scope: Scope, options: ExportSessionOptions): Promise<CostSource> {
	const location = scope.exportLocation;
	if (location === undefined) throw badInput('An export source needs --source parquet:GLOB or athena:DATABASE.TABLE.');
	if (location.kind === 'parquet') {
		const {createParquetSource} = await import('./parquet/index.js');
		return createParquetSource(location.glob, {productNamesCache: join(defaultCacheDir(options.env), 'export-product-names.json')});
	}
	const {createAthenaSource} = await import('./athena/index.js');
	return createAthenaSource(location, options);
}
