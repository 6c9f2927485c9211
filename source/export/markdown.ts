import {terminalText} from '../terminal-text.js';
import {buildDisplayGrid} from './display-grid.js';
import type {LabelledResult} from './result-set.js';

/**
 * A cell that cannot end its row or start another: backslashes and pipes escaped,
 * line breaks and control characters gone (the grid's cells are one line already),
 * `<` as an entity so a key cannot open HTML.
 */
export const escapeMarkdownCell = (cell: string): string =>
	terminalText(cell).replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '&lt;');

/** A GitHub-flavoured Markdown table with a bold total row. */
export function formatMarkdown(results: readonly LabelledResult[]): string {
	const grid = buildDisplayGrid(results);
	const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
	const rule = `|${grid.numeric.map(numeric => (numeric ? ' ---: ' : ' --- ')).join('|')}|`;
	const lines = [line(grid.header), rule, ...grid.rows.map(line)];
	if (grid.footer.kind === 'total') lines.push(line(grid.footer.cells.map(cell => (cell ? `**${cell}**` : ''))));
	else lines.push('', grid.footer.text);
	if (grid.notes.length > 0) lines.push('', ...grid.notes);
	return `${lines.join('\n')}\n`;
}
