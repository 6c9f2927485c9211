import {type Amount, ZERO, amountToNumber, formatAmount, reconcileRounding, sumAmounts} from '../money.js';
import {formatPercentChange} from '../percent.js';
import {compactAmount, fitText} from './format.js';
import type {TableRow} from './table-rows.js';

/** A row's figures as the table prints them (rounded for display); `fitFigure` makes them text. */
export interface TableCells {
	readonly amount: Amount;
	/** Null while the previous period loads. */
	readonly previous: Amount | null;
	readonly change: Amount | null;
	readonly changeRatio: string;
	readonly unit: string;
}

export type TableFooter =
	| {readonly kind: 'total'; readonly cells: TableCells; readonly estimated: boolean}
	/** The rows are in several units: a sum over GB and hours means nothing. */
	| {readonly kind: 'no-total'; readonly text: string};

export interface TableDisplay {
	/** One per row, in the rows' order. */
	readonly cells: readonly TableCells[];
	readonly footer: TableFooter | undefined;
	/** Cells a figure column needs: 14 for money, more for a compact quantity and its unit. */
	readonly figureWidth: number;
}

const MONEY_WIDTH = 14;
// " -999.9M " plus the unit, up to a cap; longer units are cut with "…".
const figureWidthFor = (units: readonly string[]): number =>
	Math.min(20, Math.max(MONEY_WIDTH, ...units.map(unit => (unit === 'USD' ? MONEY_WIDTH : 9 + unit.length))));

const LOADING = '…';

/**
 * The table's figures as text. Money is rounded to cents so that the amounts
 * listed add up to the total line, and so do the previous amounts
 * (largest remainder); each change is the shown amount minus the shown
 * previous. Usage is compact and keeps its unit ("48.2B Requests"), and rows in
 * different units get no total.
 */
export function buildTableDisplay(rows: readonly TableRow[], fallbackUnit: string): TableDisplay {
	const units = [...new Set(rows.map(row => row.unit ?? fallbackUnit))];
	const unit = units[0] ?? fallbackUnit;
	const money = units.length === 1 && unit === 'USD';
	const previousKnown = rows.every(row => row.previous !== null);
	const amounts = money ? reconcileRounding(rows.map(row => row.amount)) : rows.map(row => row.amount);
	const previous = money && previousKnown ? reconcileRounding(rows.map(row => row.previous ?? ZERO)) : rows.map(row => row.previous);
	const cells = rows.map((row, index) =>
		figureCells(amounts[index] ?? row.amount, previous[index] ?? row.previous, row.unit ?? fallbackUnit),
	);
	const figureWidth = figureWidthFor(units);
	if (rows.length === 0) return {cells, footer: undefined, figureWidth};
	if (units.length > 1) return {cells, footer: {kind: 'no-total', text: `No total: ${units.length} units`}, figureWidth};
	const total = sumAmounts(amounts);
	const totalPrevious = previousKnown ? sumAmounts(previous.map(value => value ?? ZERO)) : null;
	return {
		cells,
		footer: {kind: 'total', cells: figureCells(total, totalPrevious, unit), estimated: rows.some(row => row.estimated)},
		figureWidth,
	};
}

function figureCells(amount: Amount, previous: Amount | null, unit: string): TableCells {
	return {
		amount,
		previous,
		change: previous === null ? null : ((amount - previous) as Amount),
		changeRatio: previous === null ? '' : formatPercentChange(amount, previous),
		unit,
	};
}

/**
 * A figure right-aligned in a column `width` cells wide, always with a space
 * before it so columns never run together. Money to the cent when it fits,
 * else compact ("$49.0M"): a cut amount would be a wrong amount. Any other unit
 * is compact with its unit ("48.2B Requests"). "…" for a figure still loading.
 */
export function fitFigure(amount: Amount | null, unit: string, width: number, loading = LOADING): string {
	if (width <= 0) return '';
	if (amount === null) return fitCell(loading, width);
	const full = unit === 'USD' ? formatAmount(amount, unit) : compactAmount(amountToNumber(amount), unit);
	return fitCell(full.length < width || unit !== 'USD' ? full : compactAmount(amountToNumber(amount), unit), width);
}

/** Text right-aligned in a column, with the space that keeps it apart from the one before. */
export const fitCell = (text: string, width: number): string => (width <= 0 ? '' : ` ${fitText(text, width - 1, 'right')}`);
