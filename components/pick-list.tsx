import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {fitText} from '../source/view/format.js';
import {windowStart} from '../source/view/list-window.js';
import {PaneFrame} from './pane-frame.js';

export interface PickItem {
	readonly label: string;
	readonly detail?: string;
	/** Marks the item in effect now. */
	readonly current?: boolean;
}

export interface PickListProps {
	readonly width: number;
	readonly height: number;
	readonly title: string;
	readonly items: readonly PickItem[];
	readonly cursor: number;
	/** The text typed to narrow the list; omitted for lists one cannot type into. */
	readonly query?: string;
	/** Shown under the title: loading, or why part of the list is missing. */
	readonly note?: string;
	readonly emptyText?: string;
}

/** A titled list with a cursor, windowed to its height: the switcher and the pickers. */
export const PickList = memo(function PickList(props: PickListProps) {
	const {width, height, title, items, cursor, query, note, emptyText} = props;
	const theme = useTheme();
	const fixedRows = 2 + 1 + (query === undefined ? 0 : 1) + (note === undefined ? 0 : 1);
	const visible = Math.max(1, height - fixedRows);
	const start = windowStart(cursor, Math.max(0, cursor - visible + 1), visible, items.length);
	const labelWidth = Math.max(10, Math.floor((width - 4) * 0.55));
	return (
		<PaneFrame width={width} height={height} focused>
			<Text bold color={theme.text.accent} wrap="truncate">
				{title} · ↑↓ Enter · Esc closes
			</Text>
			{query === undefined ? null : (
				<Text wrap="truncate">
					<Text color={theme.text.secondary}>Filter: </Text>
					{query}▏
				</Text>
			)}
			{note === undefined ? null : (
				<Text wrap="truncate" color={theme.status.warning}>
					{note}
				</Text>
			)}
			{items.length === 0 ? <Text color={theme.text.secondary}>{emptyText ?? 'Nothing matches.'}</Text> : null}
			{items.slice(start, start + visible).map((item, index) => {
				const selected = start + index === cursor;
				const colours = selected
					? theme.monochrome
						? {inverse: true}
						: {color: theme.cursor.foreground, backgroundColor: theme.cursor.background}
					: {};
				return (
					<Box key={`${start + index}-${item.label}`}>
						<Text wrap="truncate" {...colours}>
							{fitText(`${selected ? '›' : ' '}${item.current ? '● ' : '  '}${item.label}`, labelWidth)}
							<Text color={selected ? undefined : theme.text.secondary}>{item.detail ?? ''}</Text>
						</Text>
					</Box>
				);
			})}
		</PaneFrame>
	);
});
