import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {type ChatInput, inputRows} from '../source/view/chat-input.js';

export interface ChatInputLineProps {
	readonly input: ChatInput;
	readonly width: number;
	/** The most rows the input may take; longer input shows the rows around the cursor. */
	readonly maxRows: number;
	readonly focused: boolean;
	/** Shown dim in place of an empty input. */
	readonly placeholder: string;
}

const prompt = '› ';

/** Rows the input needs at a width, capped: the pane sizes the messages from it. */
export function inputHeight(input: ChatInput, width: number, maxRows: number): number {
	return Math.min(maxRows, inputRows(input, width - prompt.length).rows.length);
}

/** The question being written, with its cursor; a paste keeps its line breaks. */
export const ChatInputLine = memo(function ChatInputLine({input, width, maxRows, focused, placeholder}: ChatInputLineProps) {
	const theme = useTheme();
	if (input.text === '') {
		return (
			<Text wrap="truncate">
				<Text color={theme.text.accent}>{prompt}</Text>
				{focused ? <Text inverse> </Text> : null}
				<Text color={theme.text.secondary}>{placeholder}</Text>
			</Text>
		);
	}
	const {rows, cursorRow, cursorColumn} = inputRows(input, width - prompt.length);
	const first = Math.max(0, Math.min(cursorRow - maxRows + 1, rows.length - maxRows));
	return (
		<Box flexDirection="column" height={Math.min(maxRows, rows.length)}>
			{rows.slice(first, first + maxRows).map((row, index) => {
				const rowIndex = first + index;
				const chars = [...row];
				const atCursor = focused && rowIndex === cursorRow;
				return (
					<Text key={rowIndex} wrap="truncate">
						<Text color={theme.text.accent}>{rowIndex === 0 ? prompt : '  '}</Text>
						{atCursor ? chars.slice(0, cursorColumn).join('') : row}
						{atCursor ? <Text inverse>{chars[cursorColumn] ?? ' '}</Text> : null}
						{atCursor ? chars.slice(cursorColumn + 1).join('') : null}
					</Text>
				);
			})}
		</Box>
	);
});
