import {type ExportSource, createExportSource} from '../export-sql/export-source.js';
import {type ParquetRunnerOptions, parquetRunner} from './parquet-runner.js';

/** CUR 2.0 or FOCUS Parquet files on this machine, queried in-process with DuckDB. */
export function createParquetSource(glob: string, options: ParquetRunnerOptions = {}): ExportSource {
	return createExportSource(parquetRunner(glob, options));
}
