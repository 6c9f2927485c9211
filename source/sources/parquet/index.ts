import {createExportSource} from '../export-sql/export-source.js';
import type {CostSource} from '../source.js';
import {parquetRunner} from './parquet-runner.js';

/** CUR 2.0 or FOCUS Parquet files on this machine, queried in-process with DuckDB. */
export function createParquetSource(glob: string): CostSource {
	return createExportSource(parquetRunner(glob));
}
