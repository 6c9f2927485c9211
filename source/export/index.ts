import {badInput} from '../errors.js';
import {formatCsv} from './csv.js';
import {formatJson} from './json.js';
import {formatMarkdown} from './markdown.js';
import {type LabelledResult, type OutputFormat, OUTPUT_FORMATS} from './result-set.js';
import {formatTable} from './table.js';

export {type BuiltinOutputFormat, type LabelledResult, type OutputFormat, OUTPUT_FORMATS, isOutputFormat} from './result-set.js';

/** How results print in one format: what `--format NAME` and an export to a file use. */
export interface OutputFormatDefinition {
	readonly name: string;
	/** File extension for an export of that format, without the dot. */
	readonly extension: string;
	/** `width` is the terminal's, for formats laid out to fit it. */
	format(results: readonly LabelledResult[], width?: number): string;
}

const formats = new Map<string, OutputFormatDefinition>(
	(
		[
			{name: 'table', extension: 'txt', format: (results, width) => formatTable(results, width)},
			{name: 'json', extension: 'json', format: formatJson},
			{name: 'csv', extension: 'csv', format: formatCsv},
			{name: 'markdown', extension: 'md', format: formatMarkdown},
		] satisfies OutputFormatDefinition[]
	).map(definition => [definition.name, definition]),
);

/** Adds an output format (a plugin's); a name registered twice is a mistake. */
export function registerOutputFormat(definition: OutputFormatDefinition): void {
	if (formats.has(definition.name)) throw new Error(`An output format named "${definition.name}" is already registered.`);
	formats.set(definition.name, definition);
	OUTPUT_FORMATS.push(definition.name);
}

/** Removes a registered format (tests that register their own). */
export function unregisterOutputFormat(name: string): void {
	formats.delete(name);
	const index = OUTPUT_FORMATS.indexOf(name);
	if (index >= 0) OUTPUT_FORMATS.splice(index, 1);
}

function definitionOf(format: OutputFormat): OutputFormatDefinition {
	const definition = formats.get(format);
	if (definition === undefined) throw badInput(`Unknown format "${format}": use ${OUTPUT_FORMATS.join(', ')}.`);
	return definition;
}

export {resultsJson} from './json.js';

/** Renders results in one of the output formats; `width` only matters for `table`. */
export function formatResults(results: readonly LabelledResult[], format: OutputFormat, width?: number): string {
	return definitionOf(format).format(results, width);
}

/** File extension for an export of that format. */
export const formatExtension = (format: OutputFormat): string => definitionOf(format).extension;
