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
	/** The most urgent budget, when budgets are configured. */
	readonly budget?: {readonly text: string; readonly atRisk: boolean} | undefined;
	/** How old the figures are when the source was down and the cache stands in ("3 h"); undefined when fresh. */
	readonly staleAge?: string | undefined;
}

/** One line: whose bill, which days, how it is cut, the most urgent budget, and whether it is real. */
export const Header = memo(function Header({width, scopeLabel, period, granularity, metric, live, estimated, budget, staleAge}: HeaderProps) {
	const theme = useTheme();
	return (
		<Box width={width} height={1}>
			<Text wrap="truncate">
				<Text bold color={live ? theme.badge.live : theme.badge.demo} inverse>
					{live ? ' LIVE ' : ' DEMO '}
				</Text>
				{staleAge === undefined ? null : (
					<Text bold color={theme.status.warning} inverse>
						{` STALE ${staleAge} old `}
					</Text>
				)}
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
				{budget === undefined ? null : (
					<Text color={budget.atRisk ? theme.status.warning : theme.status.ok}>
						{'  '}
						{budget.text}
					</Text>
				)}
				{estimated ? <Text color={theme.status.warning}>{'  ~ estimated, not final'}</Text> : null}
			</Text>
		</Box>
	);
});
