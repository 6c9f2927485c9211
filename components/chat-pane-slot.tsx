import {Box, Text} from 'ink';
import {memo} from 'react';
import {useKeyRouting} from '../hooks/key-router-context.js';
import {useTheme} from '../hooks/theme-context.js';
import {helpEntries} from '../source/view/key-map.js';
import {PaneFrame} from './pane-frame.js';

export interface ChatPaneSlotProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
}

/**
 * The right-hand pane, reserved for chat. Until chat fills it, it lists the
 * app's keys (from the key map, as the help overlay does).
 */
export const ChatPaneSlot = memo(function ChatPaneSlot({width, height, focused}: ChatPaneSlotProps) {
	const theme = useTheme();
	const {keyMap} = useKeyRouting();
	const keyWidth = 11;
	const entries = helpEntries(keyMap).slice(0, Math.max(0, height - 3));
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Text bold color={theme.text.accent}>
				Keys
			</Text>
			{entries.map(entry => (
				<Box key={`${entry.section}-${entry.description}`}>
					<Box width={keyWidth} flexShrink={0}>
						<Text wrap="truncate" color={theme.text.primary}>
							{entry.keys}
						</Text>
					</Box>
					<Text wrap="truncate" color={theme.text.secondary}>
						{entry.description}
					</Text>
				</Box>
			))}
		</PaneFrame>
	);
});
