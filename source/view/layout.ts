/** The smallest terminal the app draws in; below it, a message asks for more room. */
export const MINIMUM_SIZE = {columns: 60, rows: 18} as const;

/** From this width the chat pane sits beside the chart and table; below it, it takes their place while focused. */
export const CHAT_BESIDE_COLUMNS = 100;

export interface ScreenLayout {
	readonly columns: number;
	/** The root's height: one less than the terminal, see below. */
	readonly height: number;
	readonly leftWidth: number;
	/** Zero when the terminal is too narrow for the chat pane beside the others. */
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
/** The chart's own lines around the plot: its border, legend and dates, the forecast line and anomaly markers. */
export const CHART_CHROME_ROWS = paneBorderRows + 4;
/** Rows of plot the chart keeps whenever the table can still show a few rows (80×24 and up). */
export const MINIMUM_PLOT_ROWS = 6;
/** The table's border, heading, total row and three rows of data. */
const minimumTableHeight = paneBorderRows + 2 + 3;
const smallestChartHeight = 5;

/**
 * Splits the terminal between the panes. The root is one row shorter than
 * the terminal: Ink clears the whole screen on every frame whose output
 * reaches the terminal's height, which is what makes full-screen apps flicker.
 */
export function screenLayout(columns: number, rows: number, filterLine: boolean): ScreenLayout | undefined {
	if (columns < MINIMUM_SIZE.columns || rows < MINIMUM_SIZE.rows) return undefined;
	const height = rows - 1;
	const chatWidth = columns >= CHAT_BESIDE_COLUMNS ? Math.min(48, Math.max(30, Math.floor(columns * 0.3))) : 0;
	const leftWidth = columns - chatWidth;
	const bodyHeight = height - chromeRows;
	const wanted = Math.max(CHART_CHROME_ROWS + MINIMUM_PLOT_ROWS, Math.floor(bodyHeight * 0.45));
	// The plot keeps its six rows while the table keeps a few; on shorter terminals they share what there is.
	const chartHeight =
		bodyHeight - wanted >= minimumTableHeight
			? wanted
			: Math.max(smallestChartHeight, bodyHeight - minimumTableHeight);
	const tableHeight = bodyHeight - chartHeight;
	// Border, column header, total row, and the filter line when it shows.
	const tableVisibleRows = Math.max(1, tableHeight - paneBorderRows - 2 - (filterLine ? 1 : 0));
	return {columns, height, leftWidth, chatWidth, bodyHeight, chartHeight, tableHeight, tableVisibleRows};
}
