import {badInput} from '../../errors.js';
import {csvField, csvText} from '../../export/csv.js';
import type {OutputFormat} from '../../export/index.js';
import {escapeMarkdownCell} from '../../export/markdown.js';
import {fitColumnWidths, truncate} from '../../export/table.js';
import {terminalText} from '../../terminal-text.js';

/** A table as people read it: formatted cells, numbers right-aligned. */
export interface ReportTable {
	readonly title?: string;
	readonly header: readonly string[];
	readonly numeric: readonly boolean[];
	readonly rows: readonly (readonly string[])[];
}

/** What a report says in prose and tables, before it is rendered as text or Markdown. */
export interface ReportDocument {
	readonly heading: string;
	readonly sentences: readonly string[];
	readonly tables: readonly ReportTable[];
	readonly notes: readonly string[];
}

/** Raw values for scripts: full precision, no currency signs. */
export interface DataTable {
	readonly header: readonly string[];
	readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/** One report per scope, as every insight command prints it. */
export interface ScopedReport {
	readonly label: string;
	readonly document: ReportDocument;
	readonly data: DataTable;
	readonly json: Record<string, unknown>;
}

const gap = '  ';

function textTable(table: ReportTable, width: number): string[] {
	const all = [table.header, ...table.rows].map(cells => cells.map(terminalText));
	const natural = table.header.map((_, column) => Math.max(...all.map(cells => (cells[column] ?? '').length)));
	const widths = fitColumnWidths(natural, table.numeric, width);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => {
				const size = widths[column] ?? 0;
				const text = truncate(cell, size);
				return table.numeric[column] ? text.padStart(size) : text.padEnd(size);
			})
			.join(gap)
			.trimEnd();
	const [header = [], ...rows] = all;
	return [...(table.title ? [terminalText(table.title)] : []), line(header), widths.map(size => '─'.repeat(size)).join(gap), ...rows.map(line)];
}

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of terminalText(text).split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}
	return [...lines, line];
}

function renderText(document: ReportDocument, width: number): string {
	const blocks: string[][] = [[terminalText(document.heading)], document.sentences.flatMap(sentence => wrap(sentence, width))];
	for (const table of document.tables) blocks.push(textTable(table, width));
	if (document.notes.length > 0) blocks.push(document.notes.flatMap(note => wrap(note, width)));
	return blocks
		.filter(block => block.length > 0)
		.map(block => block.join('\n'))
		.join('\n\n');
}

function renderMarkdown(document: ReportDocument): string {
	const blocks: string[] = [`## ${terminalText(document.heading)}`];
	if (document.sentences.length > 0) blocks.push(document.sentences.map(terminalText).join('\n\n'));
	for (const table of document.tables) {
		const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
		const rule = `|${table.numeric.map(numeric => (numeric ? ' ---: ' : ' --- ')).join('|')}|`;
		blocks.push([...(table.title ? [`**${table.title}**`, ''] : []), line(table.header), rule, ...table.rows.map(line)].join('\n'));
	}
	if (document.notes.length > 0) blocks.push(document.notes.map(note => `_${terminalText(note)}_`).join('\n\n'));
	return blocks.join('\n\n');
}

function renderCsv(reports: readonly ScopedReport[]): string {
	const multi = reports.length > 1;
	const header = [...(multi ? ['scope'] : []), ...(reports[0]?.data.header ?? [])];
	const lines = [header.map(csvText).join(',')];
	for (const {label, data} of reports) {
		for (const row of data.rows) {
			const cells = row.map(value => (value === null ? '' : typeof value === 'string' ? csvText(value) : csvField(String(value))));
			lines.push([...(multi ? [csvText(label)] : []), ...cells].join(','));
		}
	}
	return `${lines.join('\n')}\n`;
}

/** JSON of reports: the report object for one scope, `{"scopes": [...]}` for several. */
export function reportsJson(reports: readonly ScopedReport[]): Record<string, unknown> {
	return reports.length === 1 ? reports[0]!.json : {scopes: reports.map(report => report.json)};
}

/**
 * Prints reports in an output format. JSON: the report object for one scope,
 * `{"scopes": [...]}` for several. CSV: one header, one line per data row,
 * with a `scope` column first when there are several scopes.
 */
export function renderReports(reports: readonly ScopedReport[], format: OutputFormat, width = 100): string {
	switch (format) {
		case 'json':
			return `${JSON.stringify(reportsJson(reports), null, 2)}\n`;
		case 'csv':
			return renderCsv(reports);
		case 'markdown':
			return `${reports.map(report => renderMarkdown(report.document)).join('\n\n')}\n`;
		case 'table':
			return `${reports.map(report => renderText(report.document, width)).join('\n\n\n')}\n`;
		default:
			throw badInput(`Reports print as table, json, csv or markdown, not ${format}.`);
	}
}
