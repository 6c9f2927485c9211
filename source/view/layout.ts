/** The smallest terminal the app draws in; below it, a message asks for more room. */
export const MINIMUM_SIZE = {columns: 60, rows: 18} as const;

export interface ScreenLayout {
	readonly columns: number;
	/** The root's height: one less than the terminal, see below. */
	readonly height: number;
	readonly leftWidth: number;
	/** Zero when the terminal is too narrow for the right pane. */
	readonly chatWidth: number;
	readonly bodyHeight: number;
	readonly chartHeight: number;
	readonly tableHeight: number;
	/** Rows of data the table shows at once (also the PgUp/PgDn step). */
	readonly tableVisibleRows: number;
}

/** Header, breadcrumb, status line and key hints. */
const chromeRows = 4;
const paneBorderRows = 2;
const minimumChartHeight = 7;
const minimumTableHeight = 6;

/**
 * Splits the terminal between the panes. The root is one row shorter than
 * the terminal: Ink clears the whole screen on every frame whose output
 * reaches the terminal's height, which is what makes full-screen apps flicker.
 */
export function screenLayout(columns: number, rows: number, filterLine: boolean): ScreenLayout | undefined {
	if (columns < MINIMUM_SIZE.columns || rows < MINIMUM_SIZE.rows) return undefined;
	const height = rows - 1;
	const chatWidth = columns >= 100 ? Math.min(48, Math.max(30, Math.floor(columns * 0.3))) : 0;
	const leftWidth = columns - chatWidth;
	const bodyHeight = height - chromeRows;
	// The table keeps room for its border, heading, filter line and two rows.
	const chartHeight = Math.min(bodyHeight - minimumTableHeight, Math.max(minimumChartHeight, Math.floor(bodyHeight * 0.45)));
	const tableHeight = bodyHeight - chartHeight;
	// Border, column header, and the filter line when it shows.
	const tableVisibleRows = Math.max(1, tableHeight - paneBorderRows - 1 - (filterLine ? 1 : 0));
	return {columns, height, leftWidth, chatWidth, bodyHeight, chartHeight, tableHeight, tableVisibleRows};
}
