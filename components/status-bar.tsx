import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {BusySpinner} from './busy-spinner.js';
import type {RunStats} from '../source/engine.js';
import type {Notice} from '../source/view/app-state.js';
import {statusRows} from '../source/view/status-line.js';
import type {Theme} from '../themes/index.js';

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

/** Cells the spinner takes before a loading message. */
const spinnerCells = 2;

function messageText(message: StatusMessage): string {
	switch (message.kind) {
		case 'loading':
			return `Loading… ${message.pages} ${message.pages === 1 ? 'page' : 'pages'}, ${message.rows.toLocaleString('en-US')} rows`;
		case 'error':
			return `✗ ${message.text}`;
		case 'notice':
			return message.notice.text;
		case 'idle':
			return message.text;
	}
}

function messageColour(message: StatusMessage, theme: Theme): string | undefined {
	switch (message.kind) {
		case 'loading':
			return theme.status.info;
		case 'error':
			return theme.status.error;
		case 'notice':
			return message.notice.tone === 'error' ? theme.status.error : theme.status.ok;
		case 'idle':
			return theme.text.secondary;
	}
}

/**
 * Two rows: the latest message across the whole width (wrapping onto the
 * second row when it needs to), then the key hints and what the session has spent.
 */
export const StatusBar = memo(function StatusBar({width, message, stats, hints, chat}: StatusBarProps) {
	const theme = useTheme();
	const spend = `cache hits ${stats.cacheHits} · requests ${stats.billableRequests} (${requestCost(stats.billableRequests)})`;
	const loading = message.kind === 'loading';
	const rows = statusRows({width: width - (loading ? spinnerCells : 0), message: messageText(message), aside: chat ?? '', hints, spend});
	const colour = messageColour(message, theme);
	return (
		<Box width={width} height={2} flexDirection="column">
			<Box width={width} height={1}>
				<Box flexGrow={1} flexShrink={1} overflow="hidden">
					<Text wrap="truncate" color={colour}>
						{loading ? <BusySpinner /> : null}
						{loading ? ' ' : ''}
						{rows.first}
					</Text>
				</Box>
				{rows.aside === '' ? null : (
					<Box flexShrink={0} marginLeft={2}>
						<Text color={theme.text.secondary}>{rows.aside}</Text>
					</Box>
				)}
			</Box>
			<Box width={width} height={1}>
				<Box flexGrow={1} flexShrink={1} overflow="hidden">
					{rows.second === '' ? (
						<Text wrap="truncate" color={theme.text.secondary}>
							{rows.hints}
						</Text>
					) : (
						<Text wrap="truncate" color={colour}>
							{loading ? '  ' : ''}
							{rows.second}
						</Text>
					)}
				</Box>
				{rows.spend === '' ? null : (
					<Box flexShrink={0} marginLeft={1}>
						<Text color={theme.text.secondary}>{rows.spend}</Text>
					</Box>
				)}
			</Box>
		</Box>
	);
});
