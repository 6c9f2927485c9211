import {buildDisplayGrid} from './display-grid.js';
import type {LabelledResult} from './result-set.js';

const gap = '  ';

/** Cuts text to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
	if (text.length <= width) return text;
	return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

/**
 * Shrinks the widest text columns until the line fits `maxWidth`. Number
 * columns are never cut: a truncated amount would be a wrong amount.
 */
export function fitColumnWidths(natural: readonly number[], numeric: readonly boolean[], maxWidth: number): number[] {
	const widths = [...natural];
	const lineWidth = () => widths.reduce((sum, width) => sum + width, 0) + gap.length * (widths.length - 1);
	while (lineWidth() > maxWidth) {
		let widest = -1;
		for (let index = 0; index < widths.length; index++) {
			if (numeric[index] || (widths[index] ?? 0) <= 6) continue;
			if (widest === -1 || (widths[index] ?? 0) > (widths[widest] ?? 0)) widest = index;
		}
		if (widest === -1) break;
		widths[widest] = (widths[widest] ?? 0) - 1;
	}
	return widths;
}

/** A plain-text table that fits the terminal width, with a total line. */
export function formatTable(results: readonly LabelledResult[], maxWidth = 100): string {
	const grid = buildDisplayGrid(results);
	const footerCells = grid.footer.kind === 'total' ? [grid.footer.cells] : [];
	const all = [grid.header, ...grid.rows, ...footerCells];
	const natural = grid.header.map((_, column) => Math.max(...all.map(cells => (cells[column] ?? '').length)));
	const widths = fitColumnWidths(natural, grid.numeric, maxWidth);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => {
				const width = widths[column] ?? 0;
				const text = truncate(cell, width);
				return grid.numeric[column] ? text.padStart(width) : text.padEnd(width);
			})
			.join(gap)
			.trimEnd();
	const rule = widths.map(width => '─'.repeat(width)).join(gap);
	const lines = [line(grid.header), rule, ...grid.rows.map(line)];
	if (grid.footer.kind === 'total') lines.push(rule, line(grid.footer.cells));
	else lines.push(grid.footer.text);
	lines.push(...grid.notes);
	return `${lines.join('\n')}\n`;
}
