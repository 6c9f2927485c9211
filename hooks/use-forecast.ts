import {useMemo} from 'react';
import {dailySeriesFromRows} from '../source/analysis/daily-series.js';
import {canonicalKey} from '../source/canonical.js';
import type {IsoDate} from '../source/dates.js';
import type {CostQuery, Expression, Metric, Scope} from '../source/query.js';
import {type ChartForecast, chartForecast, forecastHistoryPeriod} from '../source/view/forecast-series.js';
import type {EngineState} from './use-engine.js';
import {useEngineTask} from './use-engine-task.js';

/** What the chart's total covers: whose costs, which metric, which drill filter. */
export interface ForecastSubject {
	readonly scope: Scope;
	readonly metric: Metric;
	readonly filter: Expression | undefined;
	readonly today: IsoDate;
}

/**
 * The forecast that continues the chart's total to the month end, fitted on
 * the weeks of daily totals before today (one DAILY query, cached like any
 * other). Undefined while it loads, when it failed, and while `subject` is
 * undefined (the view has no forecast).
 */
export function useForecast(engineState: EngineState, subject: ForecastSubject | undefined, refreshToken: number): ChartForecast | undefined {
	const query = useMemo((): CostQuery | undefined => {
		if (subject === undefined) return undefined;
		const {scope, metric, filter, today} = subject;
		return {period: forecastHistoryPeriod(today), granularity: 'DAILY', metric, groupBy: [], ...(filter === undefined ? {} : {filter}), scope};
	}, [subject]);
	const key = query === undefined || subject === undefined ? undefined : `${canonicalKey(query)}@${subject.today}`;
	const task = useEngineTask(engineState, key, refreshToken, async (engine, options) => {
		const {rows} = await engine.run(query!, options);
		return chartForecast(dailySeriesFromRows(rows, query!.period), subject!.today);
	});
	return task.status === 'ready' ? task.value : undefined;
}
