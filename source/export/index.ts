import {formatCsv} from './csv.js';
import {formatJson} from './json.js';
import {formatMarkdown} from './markdown.js';
import type {LabelledResult, OutputFormat} from './result-set.js';
import {formatTable} from './table.js';

export {type LabelledResult, type OutputFormat, OUTPUT_FORMATS, isOutputFormat} from './result-set.js';

export {resultsJson} from './json.js';

/** Renders results in one of the output formats; `width` only matters for `table`. */
export function formatResults(results: readonly LabelledResult[], format: OutputFormat, width?: number): string {
	switch (format) {
		case 'json':
			return formatJson(results);
		case 'csv':
			return formatCsv(results);
		case 'markdown':
			return formatMarkdown(results);
		case 'table':
			return formatTable(results, width);
	}
}

/** File extension for an export of that format. */
export const formatExtension = (format: OutputFormat): string =>
	({json: 'json', csv: 'csv', markdown: 'md', table: 'txt'})[format];
