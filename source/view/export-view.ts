import {mkdir, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {oneLineMessage} from '../errors.js';
import {formatExtension, formatResults} from '../export/index.js';
import {PRIVATE_DIR_MODE, PRIVATE_FILE_MODE} from '../private-files.js';
import {type ViewExport, formatViewExport} from './view-export.js';

/** The view's own formats: the table as listed. A plugin's format writes the view's query result instead. */
export const EXPORT_FORMATS = ['csv', 'json', 'markdown'] as const;
type ViewFormat = (typeof EXPORT_FORMATS)[number];
/** A view format, or a plugin's output format (see registerOutputFormat). */
export type ExportFormat = ViewFormat | (string & {});

const EXPORT_FORMAT_LABELS: Readonly<Record<ViewFormat, string>> = {csv: 'CSV', json: 'JSON', markdown: 'Markdown'};
const isViewFormat = (format: ExportFormat): format is ViewFormat => (EXPORT_FORMATS as readonly string[]).includes(format);

/** How the export list names a format: "CSV", or a plugin's format by its name. */
export const exportFormatLabel = (format: ExportFormat): string => (isViewFormat(format) ? EXPORT_FORMAT_LABELS[format] : `${format} (plugin)`);

/** The view as a plugin's format writes it: the view's query result, labelled with its scope. */
function viewFile(view: ViewExport, format: ExportFormat): string {
	if (isViewFormat(format)) return formatViewExport(view, format);
	if (view.result === undefined) throw new Error('the view has no figures yet');
	return formatResults([{label: view.scope, result: view.result}], format);
}

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
		await writeFile(path, viewFile(view, format), {flag: 'wx', mode: PRIVATE_FILE_MODE});
		return {ok: true, path};
	} catch (error) {
		return {ok: false, message: `Export failed: ${oneLineMessage(error)}`};
	}
}
