import type {ColumnSet} from '../source/view/app-state.js';

/** Cell widths of the table's columns; 0 hides a column. */
export interface TableColumns {
	readonly label: number;
	readonly amount: number;
	readonly previous: number;
	readonly change: number;
	readonly changeRatio: number;
	readonly share: number;
}

/**
 * Fits the columns into the pane: the label takes what the figures leave.
 * `figureWidth` grows past 14 for usage, whose figures carry a unit ("48.2B Requests").
 */
export function tableColumns(width: number, set: ColumnSet, figureWidth = 14): TableColumns {
	const full = set === 'full';
	const figures = {
		amount: figureWidth,
		previous: full ? figureWidth : 0,
		change: full ? figureWidth - 1 : 0,
		changeRatio: full ? 9 : 0,
		share: width >= 70 ? 11 : 0,
	};
	const used = figures.amount + figures.previous + figures.change + figures.changeRatio + figures.share;
	return {label: Math.max(8, width - used), ...figures};
}
