import {Box, Text} from 'ink';
import {memo} from 'react';
import {useKeyRouting} from '../hooks/key-router-context.js';
import {useTheme} from '../hooks/theme-context.js';
import {helpEntries} from '../source/view/key-map.js';

const chatKeys = [
	['Enter', 'Send the question'],
	['Esc', 'Cancel the answer / leave chat'],
	['↑ ↓', 'Earlier questions'],
	['PgUp PgDn', 'Scroll the conversation'],
	['/model', 'Pick the Ollama model'],
	['/new', 'Start a new conversation'],
] as const;

/** What the empty chat pane shows: the chat's keys, then the app's (from the key map). */
export const ChatKeyList = memo(function ChatKeyList({height}: {readonly height: number}) {
	const theme = useTheme();
	const {keyMap} = useKeyRouting();
	const keyWidth = 11;
	const entries = [
		...chatKeys.map(([keys, description]) => ({keys, description})),
		...helpEntries(keyMap).map(({keys, description}) => ({keys, description})),
	].slice(0, Math.max(0, height - 1));
	return (
		<Box height={height} flexDirection="column" overflow="hidden">
			<Text bold color={theme.text.accent}>
				Keys
			</Text>
			{entries.map(entry => (
				<Box key={`${entry.keys}-${entry.description}`}>
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
		</Box>
	);
});
