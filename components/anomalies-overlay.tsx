import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {AnomalyListContent, AnomalyListRow} from '../source/view/anomaly-list.js';
import {fitText} from '../source/view/format.js';
import {windowStart} from '../source/view/list-window.js';
import {PaneFrame} from './pane-frame.js';

export interface AnomaliesOverlayProps {
	readonly width: number;
	readonly height: number;
	/** The days searched, as the header writes periods. */
	readonly windowLabel: string;
	readonly content: AnomalyListContent;
	readonly cursor: number;
}

const columns = {days: 25, group: 34, money: 12} as const;

type Cells = readonly [days: string, group: string, expected: string, actual: string, impact: string, cause: string];

function lineText([days, group, expected, actual, impact, cause]: Cells, width: number): string {
	const fixed = columns.days + columns.group + 3 * columns.money + 2;
	return [
		fitText(days, columns.days),
		fitText(group, columns.group),
		fitText(expected, columns.money, 'right'),
		fitText(actual, columns.money, 'right'),
		fitText(impact, columns.money, 'right'),
		'  ',
		fitText(cause, Math.max(0, width - fixed)),
	].join('');
}

const rowText = (row: AnomalyListRow, width: number): string =>
	lineText([row.days, `${row.group} (${row.kind})`, row.expected, row.actual, row.impact, row.topCause], width);

const heading: Cells = ['Days', 'Group', 'Expected', 'Actual', 'Impact', 'Top cause'];

/** The anomalies of the period on screen, largest first, with the cause of the one under the cursor. */
export const AnomaliesOverlay = memo(function AnomaliesOverlay({width, height, windowLabel, content, cursor}: AnomaliesOverlayProps) {
	const theme = useTheme();
	const rowWidth = width - 5;
	const title = (
		<Text bold color={theme.text.accent} wrap="truncate">
			Anomalies {windowLabel} · ↑↓ Enter drills into the cause · Esc closes
		</Text>
	);
	if (content.status !== 'ready') {
		return (
			<PaneFrame width={width} height={height} focused>
				{title}
				<Text
					color={content.status === 'failed' ? theme.status.error : content.status === 'confirm' ? theme.status.warning : theme.text.secondary}
					wrap={content.status === 'confirm' ? 'wrap' : 'truncate'}
				>
					{content.status === 'loading' ? 'Looking for anomalies and their causes…' : content.message}
				</Text>
			</PaneFrame>
		);
	}
	const {rows, notes} = content;
	const selected = rows[cursor];
	const visible = Math.max(1, height - 2 - 2 - 2 - notes.length);
	const start = windowStart(cursor, Math.max(0, cursor - visible + 1), visible, rows.length);
	const cursorColours = theme.monochrome ? {inverse: true} : {color: theme.cursor.foreground, backgroundColor: theme.cursor.background};
	return (
		<PaneFrame width={width} height={height} focused>
			{title}
			{notes.map(note => (
				<Text key={note} color={theme.status.warning} wrap="truncate">
					{note}
				</Text>
			))}
			{rows.length === 0 ? (
				<Text color={theme.text.secondary}>No anomalies in these days: every service and account stayed within its usual range.</Text>
			) : (
				<>
					<Text color={theme.text.secondary} wrap="truncate">
						{` ${lineText(heading, rowWidth)}`}
					</Text>
					{rows.slice(start, start + visible).map((row, index) => {
						const isCursor = start + index === cursor;
						return (
							<Box key={`${row.days}-${row.group}`}>
								<Text wrap="truncate" {...(isCursor ? cursorColours : {})}>
									{isCursor ? '›' : ' '}
									{rowText(row, rowWidth)}
								</Text>
							</Box>
						);
					})}
				</>
			)}
			{selected === undefined || selected.causeDetail === '' ? null : (
				<Box flexGrow={1} alignItems="flex-end">
					<Text wrap="truncate">
						<Text color={theme.text.secondary}>Cause: </Text>
						{selected.causeDetail}
					</Text>
				</Box>
			)}
		</PaneFrame>
	);
});
