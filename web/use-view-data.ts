import type {CostAnomaly} from '../source/analysis/anomalies.js';
import {dailySeriesFromRows} from '../source/analysis/daily-series.js';
import {dailyQuery} from '../source/insights/insight-request.js';
import {type ApiCostAnswer, costAnswerFromJson} from '../source/view/api-rows.js';
import {costQueryParameters} from '../source/view/api-query.js';
import {type AppState, viewComparison, viewQuery} from '../source/view/app-state.js';
import {anomalyDays, anomalyHistory, anomalyWindow, detectWindowAnomalies} from '../source/view/anomaly-markers.js';
import {type ChartForecast, chartForecast, forecastHistoryPeriod, viewHasForecast} from '../source/view/forecast-series.js';
import type {CostQuery} from '../source/query.js';
import {useMemo} from 'react';
import {apiGet} from './api.js';
import {type Loaded, useApi} from './use-api.js';

/** The figures behind the view on screen, each arriving on its own. */
export interface ViewData {
	readonly query: CostQuery;
	readonly current: Loaded<ApiCostAnswer>;
	readonly previous: Loaded<ApiCostAnswer>;
	readonly forecast: ChartForecast | undefined;
	/** Days of the view with an anomaly (daily charts only). */
	readonly markedDays: ReadonlySet<string> | undefined;
	/** Why the view cannot be asked for over the API (a drill into an untagged value). */
	readonly unaskable: string | undefined;
}

const SERVICE = [{type: 'DIMENSION', key: 'SERVICE'}] as const;

/** One cost question over the API, keyed by its parameters (and the refresh count). */
function useCosts(query: CostQuery | undefined, refreshToken: number): Loaded<ApiCostAnswer> {
	const parameters = query === undefined ? undefined : costQueryParameters(query);
	const key = parameters === undefined ? undefined : `${parameters.toString()}#${refreshToken}`;
	return useApi(key, async signal => costAnswerFromJson(await apiGet('costs', parameters, signal)));
}

/**
 * Asks /api/v1/costs for what the app's engine runs for the same view: the
 * period, its comparison period, the daily total history the forecast is
 * fitted on, and the daily service history anomaly markers come from. The
 * figures are made by the view model's own functions (source/view).
 */
export function useViewData(state: AppState): ViewData {
	const query = viewQuery(state);
	const {today, period, granularity, metric, chartFollowsCursor, refreshToken} = state;
	const current = useCosts(query, refreshToken);
	const previous = useCosts({...query, period: viewComparison(state)}, refreshToken);
	const base = {scope: query.scope, metric, ...(query.filter === undefined ? {} : {filter: query.filter})};
	const forecastQuery = viewHasForecast({period, granularity, metric, chartFollowsCursor}, today)
		? dailyQuery(base, forecastHistoryPeriod(today), [])
		: undefined;
	// The forecast's and markers' longer histories wait for the view's own figures, so the table comes first.
	const viewIn = current.status === 'ready';
	const history = useCosts(viewIn ? forecastQuery : undefined, refreshToken);
	const window = anomalyWindow(period, today);
	const markerQuery = window === undefined || granularity !== 'DAILY' ? undefined : dailyQuery(base, anomalyHistory(window, today), SERVICE);
	const markerRows = useCosts(viewIn ? markerQuery : undefined, refreshToken);
	const historyStart = forecastQuery?.period.start;
	const forecast = useMemo(
		() => (history.status === 'ready' && forecastQuery !== undefined ? chartForecast(dailySeriesFromRows(history.value.rows, forecastQuery.period), today) : undefined),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the history's first day stands for forecastQuery, a new object on every render.
		[history, historyStart, today],
	);
	const windowKey = window === undefined ? '' : `${window.start}/${window.end}`;
	const markedDays = useMemo(() => {
		if (granularity !== 'DAILY') return undefined;
		const anomalies: readonly CostAnomaly[] = markerRows.status === 'ready' && window !== undefined ? detectWindowAnomalies(markerRows.value.rows, window, today) : [];
		return anomalyDays(anomalies, period);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the window's and period's dates stand for those objects.
	}, [markerRows, windowKey, granularity, today, period.start, period.end]);
	const unaskable = costQueryParameters(query) === undefined ? 'This drill-down filters on a value the API cannot name (an untagged value or one with a comma): go back a level.' : undefined;
	return {query, current, previous, forecast, markedDays, unaskable};
}
