import {rowKeyValues} from '../group-keys.js';
import {amountToString} from '../money.js';
import {withoutEscapes} from '../terminal-text.js';
import {groupColumns, isMultiScope} from './columns.js';
import type {LabelledResult} from './result-set.js';

/** RFC 4180: quote when a field holds a comma, quote, or line break; double inner quotes. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A text cell a spreadsheet will not run: one starting with = + - @, a tab or a
 * carriage return gets a leading `'` (OWASP's CSV injection advice), and escape
 * sequences are removed. Numbers are written with `csvField` and keep their sign.
 */
export function csvText(value: string): string {
	const clean = withoutEscapes(value);
	return csvField(/^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean);
}

/**
 * A header row, then one line per row; amounts at full precision so sums stay
 * exact. Group columns hold the keys as people read them (a tag's value, "(untagged)").
 */
export function formatCsv(results: readonly LabelledResult[]): string {
	const multi = isMultiScope(results);
	const header = [...(multi ? ['scope'] : []), 'start', 'end', ...groupColumns(results), 'amount', 'unit', 'estimated'];
	const lines = [header.map(csvText).join(',')];
	for (const {label, result} of results) {
		for (const row of result.rows) {
			const text = [...(multi ? [label] : []), row.start, row.end, ...rowKeyValues(result.query.groupBy, row.keys)];
			const fields = [...text.map(csvText), csvField(amountToString(row.amount)), csvText(row.unit), String(row.estimated)];
			lines.push(fields.join(','));
		}
	}
	return `${lines.join('\n')}\n`;
}
