import {mkdir, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {oneLineMessage} from '../errors.js';
import {formatExtension} from '../export/index.js';
import {PRIVATE_DIR_MODE, PRIVATE_FILE_MODE} from '../private-files.js';
import {type ViewExport, formatViewExport} from './view-export.js';

export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {csv: 'CSV', json: 'JSON', markdown: 'Markdown'};

export type ExportOutcome = {readonly ok: true; readonly path: string} | {readonly ok: false; readonly message: string};

/** "aws-cost-20260917-143005.csv": sorts by time; the write refuses to overwrite. */
export function exportFileName(format: ExportFormat, now: Date): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	return `aws-cost-${stamp}.${formatExtension(format)}`;
}

/** Writes the view on screen (see formatViewExport); resolves to the path or a one-line reason. */
export async function writeExport(
	view: ViewExport,
	format: ExportFormat,
	directory: string,
	now: Date = new Date(),
): Promise<ExportOutcome> {
	try {
		const folder = resolve(directory);
		await mkdir(folder, {recursive: true, mode: PRIVATE_DIR_MODE});
		const path = join(folder, exportFileName(format, now));
		// Costs and account ids: the owner shares an export deliberately, never by a default mode.
		await writeFile(path, formatViewExport(view, format), {flag: 'wx', mode: PRIVATE_FILE_MODE});
		return {ok: true, path};
	} catch (error) {
		return {ok: false, message: `Export failed: ${oneLineMessage(error)}`};
	}
}
