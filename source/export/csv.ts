import {amountToString} from '../money.js';
import {groupColumns, isMultiScope} from './columns.js';
import type {LabelledResult} from './result-set.js';

/** RFC 4180: quote when a field holds a comma, quote, or line break; double inner quotes. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A header row, then one line per row; amounts at full precision so sums stay exact. */
export function formatCsv(results: readonly LabelledResult[]): string {
	const multi = isMultiScope(results);
	const header = [...(multi ? ['scope'] : []), 'start', 'end', ...groupColumns(results), 'amount', 'unit', 'estimated'];
	const lines = [header.map(csvField).join(',')];
	for (const {label, result} of results) {
		for (const row of result.rows) {
			const fields = [
				...(multi ? [label] : []),
				row.start,
				row.end,
				...row.keys,
				amountToString(row.amount),
				row.unit,
				String(row.estimated),
			];
			lines.push(fields.map(csvField).join(','));
		}
	}
	return `${lines.join('\n')}\n`;
}
