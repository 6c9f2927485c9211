import {Box, Text} from 'ink';
import {memo} from 'react';
import {type Period, formatPeriod} from '../source/dates.js';
import type {Granularity, Metric} from '../source/query.js';
import {useTheme} from '../hooks/theme-context.js';

export interface HeaderProps {
	readonly width: number;
	readonly scopeLabel: string;
	readonly period: Period;
	readonly granularity: Granularity;
	readonly metric: Metric;
	readonly live: boolean;
	/** Some figure on screen is not final yet. */
	readonly estimated: boolean;
}

/** One line: whose bill, which days, how it is cut, and whether it is real. */
export const Header = memo(function Header({width, scopeLabel, period, granularity, metric, live, estimated}: HeaderProps) {
	const theme = useTheme();
	return (
		<Box width={width} height={1}>
			<Text wrap="truncate">
				<Text bold color={live ? theme.badge.live : theme.badge.demo} inverse>
					{live ? ' LIVE ' : ' DEMO '}
				</Text>
				<Text color={theme.text.accent} bold>
					{' '}
					{scopeLabel}
				</Text>
				<Text color={theme.text.primary}>
					{'  '}
					{formatPeriod(period)}
				</Text>
				<Text color={theme.text.secondary}>
					{'  '}
					{granularity} · {metric}
				</Text>
				{estimated ? <Text color={theme.status.warning}>{'  ~ estimated, not final'}</Text> : null}
			</Text>
		</Box>
	);
});
