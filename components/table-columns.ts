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

/** Cells a name needs to stay readable ("EC2 Other ~", "us-east-1 ~"). */
const oneKeyLabel = 12;
/** …and a pair of keys ("EC2 Other · us-east-1 ~"). */
const twoKeyLabel = 24;

/**
 * Fits the columns into the pane: the label takes what the figures leave.
 * `figureWidth` grows past 14 for usage, whose figures carry a unit ("48.2B Requests");
 * rows of two keys want a wider name before the previous column is kept.
 */
export function tableColumns(width: number, set: ColumnSet, figureWidth = 14, keysPerRow = 1): TableColumns {
	const minimumLabel = keysPerRow > 1 ? twoKeyLabel : oneKeyLabel;
	const full = set === 'full';
	const figures = {
		amount: figureWidth,
		previous: full ? figureWidth : 0,
		change: full ? figureWidth - 1 : 0,
		changeRatio: full ? 9 : 0,
		share: width >= 70 ? 11 : 0,
	};
	const used = figures.amount + figures.previous + figures.change + figures.changeRatio + figures.share;
	// Narrow panes drop the previous amount (the change still says how it moved) before names become unreadable.
	if (width - used < minimumLabel && figures.previous > 0) {
		return {label: Math.max(8, width - used + figures.previous), ...figures, previous: 0};
	}
	return {label: Math.max(8, width - used), ...figures};
}
