import {mkdir, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import type {QueryResult} from '../engine.js';
import {oneLineMessage} from '../errors.js';
import {formatExtension, formatResults} from '../export/index.js';
import {totalOf} from '../aggregate.js';
import {PRIVATE_DIR_MODE, PRIVATE_FILE_MODE} from '../private-files.js';

export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {csv: 'CSV', json: 'JSON', markdown: 'Markdown'};

export type ExportOutcome = {readonly ok: true; readonly path: string} | {readonly ok: false; readonly message: string};

/** "aws-cost-20260917-143005.csv": sorts by time; the write refuses to overwrite. */
export function exportFileName(format: ExportFormat, now: Date): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	return `aws-cost-${stamp}.${formatExtension(format)}`;
}

/** The result narrowed to the group keys still listed (the `/` filter applies to exports too). */
export function narrowResult(result: QueryResult, keys: ReadonlySet<string> | undefined): QueryResult {
	if (keys === undefined) return result;
	const rows = result.rows.filter(row => keys.has(row.keys[0] ?? ''));
	return {...result, rows, total: totalOf(rows), empty: rows.length === 0, estimated: rows.some(row => row.estimated)};
}

/** Writes the view through the shared exporter; resolves to the path or a one-line reason. */
export async function writeExport(
	result: QueryResult,
	label: string,
	format: ExportFormat,
	directory: string,
	now: Date = new Date(),
): Promise<ExportOutcome> {
	try {
		const folder = resolve(directory);
		await mkdir(folder, {recursive: true, mode: PRIVATE_DIR_MODE});
		const path = join(folder, exportFileName(format, now));
		// Costs and account ids: the owner shares an export deliberately, never by a default mode.
		await writeFile(path, formatResults([{label, result}], format), {flag: 'wx', mode: PRIVATE_FILE_MODE});
		return {ok: true, path};
	} catch (error) {
		return {ok: false, message: `Export failed: ${oneLineMessage(error)}`};
	}
}
