import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {RunStats} from '../source/engine.js';
import type {Notice} from '../source/view/app-state.js';

/** What the left of the status line says, most urgent first. */
export type StatusMessage =
	| {readonly kind: 'loading'; readonly pages: number; readonly rows: number}
	| {readonly kind: 'error'; readonly text: string}
	| {readonly kind: 'notice'; readonly notice: Notice}
	| {readonly kind: 'idle'; readonly text: string};

export interface StatusBarProps {
	readonly width: number;
	readonly message: StatusMessage;
	readonly stats: RunStats;
	readonly hints: string;
	/** Who answers chat questions: "chat: ollama qwen2.5", "chat: offline parser (Ollama not running)". */
	readonly chat?: string;
}

/** Dollars the session's billable Cost Explorer requests cost ($0.01 each). */
export function requestCost(requests: number): string {
	return `$${(requests / 100).toFixed(2)}`;
}

/** Progress or the latest message, what the session has spent, and key hints. */
export const StatusBar = memo(function StatusBar({width, message, stats, hints, chat}: StatusBarProps) {
	const theme = useTheme();
	const spend = `${chat === undefined ? '' : `${chat} · `}cache hits ${stats.cacheHits} · requests ${stats.billableRequests} (${requestCost(stats.billableRequests)})`;
	return (
		<Box width={width} height={2} flexDirection="column">
			<Box width={width} height={1}>
				<Box flexGrow={1} flexShrink={1} overflow="hidden">
					<StatusText message={message} />
				</Box>
				<Box flexShrink={0} marginLeft={1}>
					<Text color={theme.text.secondary}>{spend}</Text>
				</Box>
			</Box>
			<Text wrap="truncate" color={theme.text.secondary}>
				{hints}
			</Text>
		</Box>
	);
});

function StatusText({message}: {readonly message: StatusMessage}) {
	const theme = useTheme();
	switch (message.kind) {
		case 'loading':
			return (
				<Text wrap="truncate" color={theme.status.info}>
					<Spinner type="dots" /> Loading… {message.pages} {message.pages === 1 ? 'page' : 'pages'},{' '}
					{message.rows.toLocaleString('en-US')} rows
				</Text>
			);
		case 'error':
			return (
				<Text wrap="truncate" color={theme.status.error}>
					✗ {message.text}
				</Text>
			);
		case 'notice':
			return (
				<Text wrap="truncate" color={message.notice.tone === 'error' ? theme.status.error : theme.status.ok}>
					{message.notice.text}
				</Text>
			);
		case 'idle':
			return (
				<Text wrap="truncate" color={theme.text.secondary}>
					{message.text}
				</Text>
			);
	}
}
