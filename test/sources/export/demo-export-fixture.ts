import {join} from 'node:path';
import type {IsoDate} from '../../../source/dates.js';
import {writeDemoExport} from '../../../source/demo-export/write-parquet.js';
import {buildCatalogue} from '../../../source/sources/demo/catalogue.js';
import type {ExportFormat} from '../../../source/sources/export-sql/schema.js';

/** "Today" for export tests: four billing periods back reach over a year's end. */
export const EXPORT_TODAY = '2026-01-20' as IsoDate;
export const EXPORT_MONTHS = 4;
/** The first day the export holds. */
export const EXPORT_FIRST_DAY = '2025-10-01' as IsoDate;

/** Writes the demo as an export of `format` under `directory`; returns the glob that reads it. */
export async function writeTestExport(directory: string, format: ExportFormat): Promise<string> {
	const out = join(directory, format);
	await writeDemoExport({catalogue: buildCatalogue(EXPORT_TODAY, 42), format, directory: out, months: EXPORT_MONTHS});
	return `${out}/**/*.parquet`;
}
