import {Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {formatAmount} from '../source/money.js';
import {fitText, formatChangeRatio, shareBar} from '../source/view/format.js';
import type {TableRow} from '../source/view/table-rows.js';
import {fitName} from '../source/view/service-names.js';
import {shareText} from '../source/view/table-total.js';

/** "100.0%" at most. */
const shareNumberCells = 7;
import type {TableColumns} from './table-columns.js';

export interface CostTableRowProps {
	readonly row: TableRow;
	readonly selected: boolean;
	readonly columns: TableColumns;
	readonly unit: string;
}

/** One group's line; memoized, so moving the cursor redraws two rows, not all. */
export const CostTableRow = memo(function CostTableRow({row, selected, columns, unit}: CostTableRowProps) {
	const theme = useTheme();
	const changeColour =
		row.change === null || row.change === 0n ? theme.text.secondary : row.change > 0n ? theme.change.up : theme.change.down;
	const cursorColours = selected
		? theme.monochrome
			? {inverse: true}
			: {color: theme.cursor.foreground, backgroundColor: theme.cursor.background}
		: {};
	const previousWasZero = row.previous !== null && row.previous === 0n;
	return (
		<Text wrap="truncate" {...cursorColours}>
			<Text>{fitText(`${selected ? '›' : ' '}${fitName(row.label, columns.label - 1, row.estimated)}`, columns.label)}</Text>
			<Text>{fitText(formatAmount(row.amount, unit), columns.amount, 'right')}</Text>
			{columns.previous > 0 ? (
				<Text>{fitText(row.previous === null ? '…' : formatAmount(row.previous, unit), columns.previous, 'right')}</Text>
			) : null}
			{columns.change > 0 ? (
				<Text color={selected ? undefined : changeColour}>
					{fitText(row.change === null ? '' : formatAmount(row.change, unit), columns.change, 'right')}
				</Text>
			) : null}
			{columns.changeRatio > 0 ? (
				<Text color={selected ? undefined : changeColour}>
					{fitText(formatChangeRatio(row.changeRatio, previousWasZero), columns.changeRatio, 'right')}
				</Text>
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
