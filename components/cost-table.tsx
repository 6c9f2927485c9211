import {Box, Text} from 'ink';
import {memo, useMemo, useRef} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {ColumnSet} from '../source/view/app-state.js';
import {fitText} from '../source/view/format.js';
import {windowStart} from '../source/view/list-window.js';
import {buildTableDisplay, fitCell, fitFigure} from '../source/view/table-display.js';
import {SORT_COLUMN_LABELS, type SortOrder, type TableRow} from '../source/view/table-rows.js';
import {CostTableRow} from './cost-table-row.js';
import {rowPosition} from '../source/view/table-text.js';
import {PaneFrame} from './pane-frame.js';
import {tableColumns} from './table-columns.js';

export interface CostTableProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	readonly rows: readonly TableRow[];
	readonly cursor: number;
	readonly visibleRows: number;
	readonly columnSet: ColumnSet;
	readonly sort: SortOrder;
	readonly unit: string;
	/** Which days the previous column holds ("Oct 1–27"); "previous" when not given. */
	readonly previousLabel?: string;
	/** Shown instead of rows: loading, an error, no data. */
	readonly message: string | undefined;
	/** The `/` filter line: shown while typing or while a filter applies. */
	readonly filter: {readonly text: string; readonly editing: boolean} | undefined;
}

const arrow = (sort: SortOrder, column: SortOrder['column']) => (sort.column === column ? (sort.descending ? '▼' : '▲') : '');

/**
 * The drill-down table. Only the rows in the window are rendered, so ten
 * thousand groups scroll as fast as twenty.
 */
export const CostTable = memo(function CostTable(props: CostTableProps) {
	const {width, height, focused, rows, cursor, visibleRows, columnSet, sort, unit, message, filter} = props;
	const theme = useTheme();
	const display = useMemo(() => buildTableDisplay(rows, unit), [rows, unit]);
	const keysPerRow = rows[0]?.keys.length ?? 1;
	// One object while the sizes hold: rows are memoized, and a new `columns` would redraw every one on each key.
	const columns = useMemo(() => tableColumns(width - 2, columnSet, display.figureWidth, keysPerRow), [width, columnSet, display.figureWidth, keysPerRow]);
	const footer = message === undefined ? display.footer : undefined;
	// The layout keeps a row for the total line below the rows (see screenLayout).
	const rowsShown = visibleRows;
	const previousStart = useRef(0);
	const start = windowStart(cursor, previousStart.current, rowsShown, rows.length);
	previousStart.current = start;
	const shown = rows.slice(start, start + rowsShown);
	const heading = (label: string, column: SortOrder['column'], cells: number, align: 'left' | 'right') =>
		cells > 0 ? fitText(`${label}${arrow(sort, column)}`, cells, align) : '';
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Text wrap="truncate" bold color={theme.text.secondary}>
				{fitText(` ${SORT_COLUMN_LABELS.label}${arrow(sort, 'label')}  ${rowPosition(cursor, rows.length)}`, columns.label)}
				{heading('amount', 'amount', columns.amount, 'right')}
				{heading(props.previousLabel ?? 'previous', 'previous', columns.previous, 'right')}
				{heading('change', 'change', columns.change, 'right')}
				{heading('chg %', 'changeRatio', columns.changeRatio, 'right')}
				{columns.share > 0 ? fitText('share', 7, 'right') : ''}
			</Text>
			{message === undefined ? (
				shown.map((row, index) => (
					<CostTableRow
						key={row.key}
						row={row}
						cells={display.cells[start + index]!}
						selected={start + index === cursor}
						columns={columns}
					/>
				))
			) : (
				<Text wrap="truncate" color={theme.text.secondary}>
					{message}
				</Text>
			)}
			{footer === undefined ? null : footer.kind === 'total' ? (
				<Text wrap="truncate" bold>
					{fitText(` Total${footer.estimated ? ' ~' : ''}`, columns.label)}
					{fitFigure(footer.cells.amount, footer.cells.unit, columns.amount)}
					{columns.previous > 0 ? fitFigure(footer.cells.previous, footer.cells.unit, columns.previous) : ''}
					{columns.change > 0 ? fitFigure(footer.cells.change, footer.cells.unit, columns.change, '') : ''}
					{columns.changeRatio > 0 ? fitCell(footer.cells.changeRatio, columns.changeRatio) : ''}
				</Text>
			) : (
				<Text wrap="truncate" color={theme.text.secondary}>
					{` ${footer.text}`}
				</Text>
			)}
			<Box flexGrow={1} />
			{filter === undefined ? null : (
				<Text wrap="truncate" color={theme.text.accent}>
					/{filter.text}
					{filter.editing ? '▏' : ''}
					<Text color={theme.text.secondary}>
						{'  '}
						{rows.length} {rows.length === 1 ? 'row' : 'rows'}
						{filter.editing ? ' · Enter keeps · Esc clears' : ''}
					</Text>
				</Text>
			)}
		</PaneFrame>
	);
});
