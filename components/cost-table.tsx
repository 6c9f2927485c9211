import {Box, Text} from 'ink';
import {memo, useRef} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {ColumnSet} from '../source/view/app-state.js';
import {fitText} from '../source/view/format.js';
import {windowStart} from '../source/view/list-window.js';
import {SORT_COLUMN_LABELS, type SortOrder, type TableRow} from '../source/view/table-rows.js';
import {CostTableRow} from './cost-table-row.js';
import {type TableTotal, rowPosition} from '../source/view/table-total.js';
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
	/** Shown instead of rows: loading, an error, no data. */
	readonly message: string | undefined;
	/** The sums of the rows listed; absent where a total means nothing (usage in mixed units). */
	readonly total?: TableTotal | undefined;
	/** The `/` filter line: shown while typing or while a filter applies. */
	readonly filter: {readonly text: string; readonly editing: boolean} | undefined;
}

const arrow = (sort: SortOrder, column: SortOrder['column']) => (sort.column === column ? (sort.descending ? '▼' : '▲') : '');

/**
 * The drill-down table. Only the rows in the window are rendered, so ten
 * thousand groups scroll as fast as twenty.
 */
export const CostTable = memo(function CostTable(props: CostTableProps) {
	const {width, height, focused, rows, cursor, visibleRows, columnSet, sort, unit, message, filter, total} = props;
	const theme = useTheme();
	const columns = tableColumns(width - 2, columnSet);
	const previousStart = useRef(0);
	const start = windowStart(cursor, previousStart.current, visibleRows, rows.length);
	previousStart.current = start;
	const shown = rows.slice(start, start + visibleRows);
	const heading = (label: string, column: SortOrder['column'], cells: number, align: 'left' | 'right') =>
		cells > 0 ? fitText(`${label}${arrow(sort, column)}`, cells, align) : '';
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Text wrap="truncate" bold color={theme.text.secondary}>
				{fitText(` ${SORT_COLUMN_LABELS.label}${arrow(sort, 'label')}  ${rowPosition(cursor, rows.length)}`, columns.label)}
				{heading('amount', 'amount', columns.amount, 'right')}
				{heading('previous', 'previous', columns.previous, 'right')}
				{heading('change', 'change', columns.change, 'right')}
				{heading('chg %', 'changeRatio', columns.changeRatio, 'right')}
				{columns.share > 0 ? fitText('share', 7, 'right') : ''}
			</Text>
			{message === undefined ? (
				shown.map((row, index) => (
					<CostTableRow key={row.key} row={row} selected={start + index === cursor} columns={columns} unit={unit} />
				))
			) : (
				<Text wrap="truncate" color={theme.text.secondary}>
					{message}
				</Text>
			)}
			<Box flexGrow={1} />
			{total === undefined || message !== undefined ? null : (
				<Text bold>
					<CostTableRow row={{key: '', label: 'Total', share: null, ...total}} selected={false} columns={columns} unit={unit} />
				</Text>
			)}
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
