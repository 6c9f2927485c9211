import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {type HelpEntry, type KeyMap, helpEntries} from '../source/view/key-map.js';
import {PaneFrame} from './pane-frame.js';

export interface HelpOverlayProps {
	readonly width: number;
	readonly height: number;
	readonly keyMap: KeyMap;
}

/** Splits entries into as many columns as the height needs. */
export function helpColumns(entries: readonly HelpEntry[], rowsPerColumn: number): HelpEntry[][] {
	const perColumn = Math.max(1, rowsPerColumn);
	const columns: HelpEntry[][] = [];
	for (let index = 0; index < entries.length; index += perColumn) columns.push(entries.slice(index, index + perColumn));
	return columns;
}

/** Every key binding, generated from the key map: it cannot drift from what the keys do. */
export const HelpOverlay = memo(function HelpOverlay({width, height, keyMap}: HelpOverlayProps) {
	const theme = useTheme();
	const columns = helpColumns(helpEntries(keyMap), height - 4);
	const columnWidth = Math.floor((width - 2) / Math.max(1, columns.length));
	const keyWidth = Math.min(24, Math.max(8, Math.floor(columnWidth * 0.4)));
	return (
		<PaneFrame width={width} height={height} focused>
			<Text bold color={theme.text.accent} wrap="truncate">
				Keys · ? or Esc closes
			</Text>
			<Box flexDirection="row">
				{columns.map((entries, columnIndex) => (
					<Box key={columnIndex} flexDirection="column" width={columnWidth}>
						{entries.map(entry => (
							<Box key={`${entry.section}-${entry.description}`}>
								<Box width={keyWidth} flexShrink={0}>
									<Text wrap="truncate" color={theme.text.primary} bold>
										{entry.keys}
									</Text>
								</Box>
								<Text wrap="truncate" color={theme.text.secondary}>
									{entry.description}
								</Text>
							</Box>
						))}
					</Box>
				))}
			</Box>
		</PaneFrame>
	);
});
