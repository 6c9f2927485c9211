import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {SpanStyle} from '../source/view/chat-markdown.js';
import type {ChatLine, LineTone} from '../source/view/chat-lines.js';
import type {Theme} from '../themes/theme.js';

export interface ChatMessagesProps {
	readonly lines: readonly ChatLine[];
	readonly height: number;
	/** Lines scrolled back from the end; 0 follows the conversation. */
	readonly scroll: number;
}

function toneColour(theme: Theme, tone: LineTone) {
	switch (tone) {
		case 'question':
			return theme.text.accent;
		case 'tool':
		case 'info':
			return theme.text.secondary;
		case 'tool-failed':
		case 'error':
			return theme.status.error;
		case 'warning':
		case 'disclosure':
			return theme.status.warning;
		case 'answer':
			return theme.text.primary;
	}
}

function spanProps(theme: Theme, style: SpanStyle) {
	switch (style) {
		case 'bold':
			return {bold: true};
		case 'italic':
			return {italic: true};
		case 'code':
			return theme.monochrome ? {inverse: true} : {color: theme.text.accent};
		case 'dim':
			return {color: theme.text.secondary};
		case 'plain':
			return {};
	}
}

/** The window of the conversation that fits, ending `scroll` lines before its end. */
export const ChatMessages = memo(function ChatMessages({lines, height, scroll}: ChatMessagesProps) {
	const theme = useTheme();
	const end = Math.max(0, lines.length - scroll);
	const start = Math.max(0, end - height);
	return (
		<Box height={height} flexDirection="column" overflow="hidden">
			{lines.slice(start, end).map((line, index) => (
				<Text key={start + index} wrap="truncate" color={toneColour(theme, line.tone)}>
					{line.spans.length === 0
						? ' '
						: line.spans.map((span, spanIndex) => (
								<Text key={spanIndex} {...spanProps(theme, span.style)}>
									{span.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
});
