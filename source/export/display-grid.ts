import {totalOf} from '../aggregate.js';
import {formatPeriod} from '../dates.js';
import {formatAmount} from '../money.js';
import {groupColumns, isMultiScope} from './columns.js';
import type {LabelledResult} from './result-set.js';

export interface DisplayGrid {
	readonly header: readonly string[];
	/** Which columns hold numbers (right-aligned). */
	readonly numeric: readonly boolean[];
	readonly rows: readonly (readonly string[])[];
	/** The total line, or a sentence when there is no data at all. */
	readonly footer: {readonly kind: 'total'; readonly cells: readonly string[]} | {readonly kind: 'empty'; readonly text: string};
	readonly notes: readonly string[];
}

/** The rows as people read them: money rounded to cents, estimated figures marked with `*`. */
export function buildDisplayGrid(results: readonly LabelledResult[]): DisplayGrid {
	const multi = isMultiScope(results);
	const header = [...(multi ? ['Scope'] : []), 'Period', ...groupColumns(results), 'Amount'];
	const numeric = header.map((_, index) => index === header.length - 1);
	const rows = results.flatMap(({label, result}) =>
		result.rows.map(row => [
			...(multi ? [label] : []),
			row.start.length > 10 ? row.start.slice(0, 16).replace('T', ' ') : row.start,
			...row.keys.map(key => key === '' ? '(none)' : key),
			`${formatAmount(row.amount, row.unit)}${row.estimated ? '*' : ''}`,
		]),
	);
	const first = results[0]?.result;
	const period = first ? formatPeriod(first.query.period) : '';
	const estimated = results.some(({result}) => result.estimated);
	const notes = estimated ? ['* estimated: not final yet'] : [];
	if (results.every(({result}) => result.empty)) {
		return {header, numeric, rows, footer: {kind: 'empty', text: `No data for ${period}.`}, notes};
	}
	const unit = results.find(({result}) => !result.empty)?.result.unit ?? 'USD';
	const total = totalOf(results.flatMap(({result}) => result.rows));
	const cells = header.map((_, index) =>
		index === 0 ? 'Total' : index === header.length - 1 ? `${formatAmount(total, unit)}${estimated ? '*' : ''}` : '',
	);
	return {header, numeric, rows, footer: {kind: 'total', cells}, notes};
}
