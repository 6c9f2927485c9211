import {bucketColumns} from './chart-series.js';

/** One line of the plot; `null` leaves a gap (no data there: actuals stop, the forecast starts). */
export interface PlotLine {
	readonly values: readonly (number | null)[];
	/** An ANSI foreground sequence, or undefined for the terminal's colour. */
	readonly colour?: string | undefined;
	/** Dashed strokes: what is expected rather than billed. */
	readonly dashed?: boolean;
	/** The strokes of a billed line (STROKE_SETS); solid when absent. Dashed wins. */
	readonly strokes?: StrokeSet;
}

/** The characters a line is drawn with: a flat run, the four corners and a vertical run. */
export interface StrokeSet {
	readonly flat: string;
	readonly down: string;
	readonly up: string;
	readonly fromBelow: string;
	readonly fromAbove: string;
	readonly vertical: string;
}

export interface PlotOptions {
	/** Rows above the lowest: the plot is height + 1 rows tall, as in asciichart. */
	readonly height: number;
	readonly format: (value: number) => string;
	readonly min?: number;
	readonly max?: number;
}

const solid: StrokeSet = {flat: '─', down: '╰', up: '╭', fromBelow: '╮', fromAbove: '╯', vertical: '│'};
const dashed: StrokeSet = {flat: '┄', down: '╰', up: '╭', fromBelow: '╮', fromAbove: '╯', vertical: '┆'};

/** Strokes that tell series apart without colour (the no-color theme), in series order. */
export const STROKE_SETS: readonly StrokeSet[] = [
	solid,
	{flat: '━', down: '┗', up: '┏', fromBelow: '┓', fromAbove: '┛', vertical: '┃'},
	{flat: '═', down: '╚', up: '╔', fromBelow: '╗', fromAbove: '╝', vertical: '║'},
	{flat: '╍', down: '┗', up: '┏', fromBelow: '┓', fromAbove: '┛', vertical: '╏'},
	{flat: '·', down: '·', up: '·', fromBelow: '·', fromAbove: '·', vertical: ':'},
	{flat: '+', down: '+', up: '+', fromBelow: '+', fromAbove: '+', vertical: '+'},
];
const reset = '\u001B[0m';
/** Columns before the first point: the label, a blank, the axis. */
const offset = 3;

const present = (value: number | null | undefined): value is number => value !== null && value !== undefined;

/**
 * asciichart's line plot, cell for cell, plus what it lacks: gaps in a
 * series (null values) and a dashed stroke per line. Lines drawn later
 * overwrite earlier ones where they cross.
 */
export function plotChart(lines: readonly PlotLine[], options: PlotOptions): string {
	const values = lines.flatMap(line => line.values.filter(present));
	let min = options.min ?? values[0] ?? 0;
	let max = options.max ?? values[0] ?? 0;
	for (const value of values) {
		min = Math.min(min, value);
		max = Math.max(max, value);
	}
	const range = Math.abs(max - min);
	const ratio = range === 0 ? 1 : options.height / range;
	const min2 = Math.round(min * ratio);
	const max2 = Math.round(max * ratio);
	const rows = Math.abs(max2 - min2);
	const width = Math.max(0, ...lines.map(line => line.values.length)) + offset;
	const grid: string[][] = Array.from({length: rows + 1}, () => Array.from({length: width}, () => ' '));
	for (let y = min2; y <= max2; y++) {
		const label = options.format(rows > 0 ? max - ((y - min2) * range) / rows : y);
		grid[y - min2]![Math.max(offset - label.length, 0)] = label;
		grid[y - min2]![offset - 1] = y === 0 ? '┼' : '┤';
	}
	const rowOf = (value: number) => rows - (Math.round(value * ratio) - min2);
	for (const line of lines) {
		const paint = (char: string) => (line.colour === undefined ? char : `${line.colour}${char}${reset}`);
		const strokes = line.dashed ? dashed : (line.strokes ?? solid);
		const first = line.values[0];
		if (present(first)) grid[rowOf(first)]![offset - 1] = paint('┼');
		for (let x = 0; x < line.values.length - 1; x++) {
			const from = line.values[x];
			const to = line.values[x + 1];
			if (!present(from) || !present(to)) continue;
			const row0 = rowOf(from);
			const row1 = rowOf(to);
			const column = x + offset;
			if (row0 === row1) {
				grid[row0]![column] = paint(strokes.flat);
				continue;
			}
			const falling = row1 > row0;
			grid[row1]![column] = paint(falling ? strokes.down : strokes.up);
			grid[row0]![column] = paint(falling ? strokes.fromBelow : strokes.fromAbove);
			for (let row = Math.min(row0, row1) + 1; row < Math.max(row0, row1); row++) grid[row]![column] = paint(strokes.vertical);
		}
	}
	return grid.map(row => row.join('')).join('\n');
}

/**
 * Fits a gappy series into `width` points like fitSeries: neighbours
 * averaged over their present values (a gap where none is), or each point
 * spread over the columns bucketColumns gives it.
 */
export function fitGappySeries(values: readonly (number | null)[], width: number): (number | null)[] {
	return bucketColumns(values.length, width).map(([from, to]) => {
		const window = values.slice(from, to).filter(present);
		return window.length === 0 ? null : window.reduce((sum, value) => sum + value, 0) / window.length;
	});
}
