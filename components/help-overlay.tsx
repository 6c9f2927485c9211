import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {type HelpEntry, type KeyMap, helpEntries, keyMapProblems, primaryKey} from '../source/view/key-map.js';
import {fitText} from '../source/view/format.js';
import {PaneFrame} from './pane-frame.js';

export interface HelpOverlayProps {
	readonly width: number;
	readonly height: number;
	readonly keyMap: KeyMap;
}

/** Splits entries into as many columns as the height needs, balanced so the last is not nearly empty. */
export function helpColumns(entries: readonly HelpEntry[], rowsPerColumn: number): HelpEntry[][] {
	const columnCount = Math.ceil(entries.length / Math.max(1, rowsPerColumn));
	const perColumn = Math.max(1, Math.ceil(entries.length / Math.max(1, columnCount)));
	const columns: HelpEntry[][] = [];
	for (let index = 0; index < entries.length; index += perColumn) columns.push(entries.slice(index, index + perColumn));
	return columns;
}

/** Blank cells between two columns of the help, so one never runs into the next. */
const columnGap = 2;

/** Every key binding, generated from the key map: it cannot drift from what the keys do. */
export const HelpOverlay = memo(function HelpOverlay({width, height, keyMap}: HelpOverlayProps) {
	const theme = useTheme();
	const problems = keyMapProblems(keyMap);
	const entries = helpEntries(keyMap);
	const columns = helpColumns(entries, height - 3 - problems.length);
	const inner = width - 2;
	const columnWidth = Math.max(1, Math.floor((inner - columnGap * (columns.length - 1)) / Math.max(1, columns.length)));
	return (
		<PaneFrame width={width} height={height} focused>
			<Text bold color={theme.text.accent} wrap="truncate">
				Keys · {primaryKey(keyMap, 'help')} or Esc closes
			</Text>
			{problems.map(problem => (
				<Text key={problem} color={theme.status.warning} wrap="truncate">
					{problem}
				</Text>
			))}
			<Box flexDirection="row">
				{columns.map((column, columnIndex) => {
					const keyWidth = Math.min(Math.max(...column.map(entry => [...entry.keys].length)), Math.floor(columnWidth * 0.45));
					return (
						<Box key={columnIndex} flexDirection="column" width={columnWidth} marginLeft={columnIndex === 0 ? 0 : columnGap} flexShrink={0}>
							{column.map(entry => (
								<Text key={`${entry.section}-${entry.description}`} wrap="truncate">
									<Text color={theme.text.primary} bold>
										{fitText(entry.keys, keyWidth)}
									</Text>
									<Text color={theme.text.secondary}> {fitText(entry.description, columnWidth - keyWidth - 1)}</Text>
								</Text>
							))}
						</Box>
					);
				})}
			</Box>
		</PaneFrame>
	);
});
