import {Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {fitText, shareBar} from '../source/view/format.js';
import {type TableCells, fitCell, fitFigure} from '../source/view/table-display.js';
import type {TableRow} from '../source/view/table-rows.js';
import {fitName} from '../source/view/service-names.js';
import {shareText} from '../source/view/table-text.js';
import type {TableColumns} from './table-columns.js';

/** "100.0%" at most. */
const shareNumberCells = 7;

export interface CostTableRowProps {
	readonly row: TableRow;
	readonly cells: TableCells;
	readonly selected: boolean;
	readonly columns: TableColumns;
}

/** One group's line; memoized, so moving the cursor redraws two rows, not all. */
export const CostTableRow = memo(function CostTableRow({row, cells, selected, columns}: CostTableRowProps) {
	const theme = useTheme();
	const changeColour =
		row.change === null || row.change === 0n ? theme.text.secondary : row.change > 0n ? theme.change.up : theme.change.down;
	const cursorColours = selected
		? theme.monochrome
			? {inverse: true}
			: {color: theme.cursor.foreground, backgroundColor: theme.cursor.background}
		: {};
	const noData = '—';
	return (
		<Text wrap="truncate" {...cursorColours}>
			<Text>{fitText(`${selected ? '›' : ' '}${fitName(row.label, columns.label - 1, row.estimated)}`, columns.label)}</Text>
			<Text>{row.noData ? fitCell(noData, columns.amount) : fitFigure(cells.amount, cells.unit, columns.amount)}</Text>
			{columns.previous > 0 ? (
				<Text>{row.noPreviousData ? fitCell(noData, columns.previous) : fitFigure(cells.previous, cells.unit, columns.previous)}</Text>
			) : null}
			{columns.change > 0 ? (
				<Text color={selected ? undefined : changeColour}>{fitFigure(cells.change, cells.unit, columns.change, '')}</Text>
			) : null}
			{columns.changeRatio > 0 ? (
				<Text color={selected ? undefined : changeColour}>{fitCell(cells.changeRatio, columns.changeRatio)}</Text>
			) : null}
			{columns.share > 0 ? (
				<Text color={selected ? undefined : theme.text.accent}>
					{fitText(shareText(row.share), shareNumberCells, 'right')}
					{` ${shareBar(row.share, columns.share - shareNumberCells - 1)}`.trimEnd()}
				</Text>
			) : null}
		</Text>
	);
});
