import {Box, Text} from 'ink';
import {memo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import type {AnomalyListContent, AnomalyListRow} from '../source/view/anomaly-list.js';
import {fitText} from '../source/view/format.js';
import {fitName, shortServiceName} from '../source/view/service-names.js';
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

/** Cell widths of the list; Expected is 0 (hidden) when the pane is narrow. */
export interface AnomalyColumns {
	readonly days: number;
	readonly group: number;
	readonly expected: number;
	readonly money: number;
	readonly cause: number;
	/** Days without their year ("11-14 … 11-16"), to leave the cause room. */
	readonly shortDays: boolean;
}

const wideColumns = {days: 25, group: 34, money: 12} as const;
const minimumCause = 20;

/**
 * Fits the list to `width`: whole when there is room, else Expected goes,
 * days lose their year and the group narrows (short service names), so
 * Actual, Impact and the cause always show.
 */
export function anomalyColumns(width: number): AnomalyColumns {
	const wideFixed = wideColumns.days + wideColumns.group + 3 * wideColumns.money + 2;
	if (width - wideFixed >= minimumCause) {
		return {days: wideColumns.days, group: wideColumns.group, expected: wideColumns.money, money: wideColumns.money, cause: width - wideFixed, shortDays: false};
	}
	const days = 15;
	const fixed = days + 2 * wideColumns.money + 2;
	const group = Math.max(12, Math.min(wideColumns.group, width - fixed - minimumCause));
	return {days, group, expected: 0, money: wideColumns.money, cause: Math.max(0, width - fixed - group), shortDays: true};
}

type Cells = readonly [days: string, group: string, expected: string, actual: string, impact: string, cause: string];

function lineText([days, group, expected, actual, impact, cause]: Cells, width: number): string {
	const columns = anomalyColumns(width);
	return [
		fitText(columns.shortDays ? days.replace(/\d{4}-/g, '') : days, columns.days),
		fitText(group, columns.group),
		columns.expected > 0 ? fitText(expected, columns.expected, 'right') : '',
		fitText(actual, columns.money, 'right'),
		fitText(impact, columns.money, 'right'),
		'  ',
		fitText(cause, columns.cause),
	].join('');
}

const rowText = (row: AnomalyListRow, width: number): string => {
	const {group} = anomalyColumns(width);
	const kind = ` (${row.kind})`;
	const name =
		[`${row.group}${kind}`, `${shortServiceName(row.group)}${kind}`].find(candidate => [...candidate].length <= group) ?? fitName(row.group, group);
	return lineText([row.days, name, row.expected, row.actual, row.impact, row.topCause], width);
};

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
