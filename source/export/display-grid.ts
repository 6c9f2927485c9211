import {formatPeriod} from '../dates.js';
import {rowKeyLabels} from '../group-keys.js';
import {type Amount, formatAmount, reconcileRounding, roundAmount, sumAmounts} from '../money.js';
import {terminalText} from '../terminal-text.js';
import {groupColumns, isMultiScope} from './columns.js';
import type {LabelledResult} from './result-set.js';
import {mixedUnitsNote, unitsOf} from './units.js';

export interface DisplayGrid {
	readonly header: readonly string[];
	/** Which columns hold numbers (right-aligned). */
	readonly numeric: readonly boolean[];
	readonly rows: readonly (readonly string[])[];
	/**
	 * The total line; a sentence when there is no data at all, or when the rows
	 * are in several units (a sum over GB and hours means nothing).
	 */
	readonly footer: {readonly kind: 'total'; readonly cells: readonly string[]} | {readonly kind: 'empty' | 'no-total'; readonly text: string};
	readonly notes: readonly string[];
}

/**
 * The rows as people read them: money rounded to cents so that the parts add up
 * to the total shown (largest remainder), estimated figures marked with `*`, tag
 * keys as their values, control characters removed from every cell.
 */
export function buildDisplayGrid(results: readonly LabelledResult[]): DisplayGrid {
	const multi = isMultiScope(results);
	const header = [...(multi ? ['Scope'] : []), 'Period', ...groupColumns(results), 'Amount'].map(terminalText);
	const numeric = header.map((_, index) => index === header.length - 1);
	const units = unitsOf(results);
	const flat = results.flatMap(({label, result}) => result.rows.map(row => ({label, row, groupBy: result.query.groupBy})));
	const amounts: readonly Amount[] = units.length === 1 ? reconcileRounding(flat.map(({row}) => row.amount)) : flat.map(({row}) => row.amount);
	const rows = flat.map(({label, row, groupBy}, index) => [
		...(multi ? [terminalText(label)] : []),
		row.start.length > 10 ? row.start.slice(0, 16).replace('T', ' ') : row.start,
		...rowKeyLabels(groupBy, row.keys),
		`${formatAmount(amounts[index] ?? row.amount, row.unit)}${row.estimated ? '*' : ''}`,
	]);
	const first = results[0]?.result;
	const period = first ? formatPeriod(first.query.period) : '';
	const estimated = results.some(({result}) => result.estimated);
	const notes = estimated ? ['* estimated: not final yet'] : [];
	if (results.every(({result}) => result.empty)) {
		return {header, numeric, rows, footer: {kind: 'empty', text: `No data for ${period}.`}, notes};
	}
	if (units.length > 1) return {header, numeric, rows, footer: {kind: 'no-total', text: mixedUnitsNote(units)}, notes};
	const total = roundAmount(sumAmounts(flat.map(({row}) => row.amount)));
	const cells = header.map((_, index) =>
		index === 0 ? 'Total' : index === header.length - 1 ? `${formatAmount(total, units[0])}${estimated ? '*' : ''}` : '',
	);
	return {header, numeric, rows, footer: {kind: 'total', cells}, notes};
}
