import {type Period, formatPeriod} from '../source/dates.js';
import type {Granularity, Metric} from '../source/query.js';

export interface HeaderProps {
	readonly scopeLabel: string;
	readonly period: Period;
	readonly granularity: Granularity;
	readonly metric: Metric;
	readonly live: boolean;
	readonly estimated: boolean;
	readonly budget?: string | undefined;
}

/** Whose bill, which days, how it is cut, and whether it is real: the app's header line. */
export function Header({scopeLabel, period, granularity, metric, live, estimated, budget}: HeaderProps) {
	return (
		<header className="header" data-testid="header">
			<span className={`badge ${live ? 'live' : 'demo'}`}>{live ? 'LIVE' : 'DEMO'}</span>
			<strong className="scope" data-testid="scope">{scopeLabel}</strong>
			<span data-testid="period">{formatPeriod(period)}</span>
			<span className="muted">
				{granularity} · {metric}
			</span>
			{budget === undefined ? null : <span className="budget">{budget}</span>}
			{estimated ? <span className="estimated">~ estimated, not final</span> : null}
		</header>
	);
}
