import {expect, test} from 'vitest';
import {CHART_CHROME_ROWS, MINIMUM_PLOT_ROWS, MINIMUM_SIZE, screenLayout} from '../../source/view/layout.js';

test('below the minimum size there is no layout', () => {
	expect(screenLayout(MINIMUM_SIZE.columns - 1, 40, false)).toBeUndefined();
	expect(screenLayout(120, MINIMUM_SIZE.rows - 1, false)).toBeUndefined();
});

test.each([
	[60, 18],
	[80, 24],
	[120, 40],
	[300, 100],
])('%i×%i: the panes fill one row less than the terminal, never more', (columns, rows) => {
	for (const filterLine of [false, true]) {
		const layout = screenLayout(columns, rows, filterLine)!;
		expect(layout.height).toBe(rows - 1);
		expect(layout.leftWidth + layout.chatWidth).toBe(columns);
		expect(layout.chartHeight + layout.tableHeight).toBe(layout.bodyHeight);
		expect(layout.bodyHeight + 4).toBe(layout.height);
		expect(layout.tableVisibleRows).toBeGreaterThanOrEqual(1);
		expect(layout.tableVisibleRows + 4 + (filterLine ? 1 : 0)).toBeLessThanOrEqual(layout.tableHeight);
	}
});

test('the chat pane is reserved from 100 columns', () => {
	expect(screenLayout(99, 30, false)?.chatWidth).toBe(0);
	expect(screenLayout(100, 30, false)?.chatWidth).toBe(30);
	expect(screenLayout(200, 30, false)?.chatWidth).toBe(48);
});

test.each([
	[80, 24],
	[100, 30],
	[140, 40],
	[200, 60],
])('%i×%i: the chart keeps six rows of plot with its forecast and markers, and the table a few rows', (columns, rows) => {
	const layout = screenLayout(columns, rows, false)!;
	expect(layout.chartHeight - CHART_CHROME_ROWS).toBeGreaterThanOrEqual(MINIMUM_PLOT_ROWS);
	expect(layout.tableVisibleRows).toBeGreaterThanOrEqual(3);
});

test('at the minimum size both panes still fit', () => {
	const layout = screenLayout(MINIMUM_SIZE.columns, MINIMUM_SIZE.rows, true)!;
	expect(layout.chartHeight).toBeGreaterThanOrEqual(5);
	// Heading, total row and filter line besides.
	expect(layout.tableVisibleRows).toBeGreaterThanOrEqual(2);
});
