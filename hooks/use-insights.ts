import {createContext, useContext, useMemo} from 'react';
import type {Budget} from '../source/analysis/budgets.js';
import {formatPeriod} from '../source/dates.js';
import {estimateAnomalyScan, scanConfirmText, scanNeedsConfirm} from '../source/insights/anomaly-cost.js';
import type {ExplainedAnomaly} from '../source/insights/anomaly-report.js';
import {requestCountNote} from '../source/insights/request-cost.js';
import type {Account} from '../source/sources/source.js';
import {type AnomalyListContent, anomalyListRow} from '../source/view/anomaly-list.js';
import {anomalyDays, anomalyWindow} from '../source/view/anomaly-markers.js';
import {type AppState, viewQuery} from '../source/view/app-state.js';
import {budgetAtRisk, budgetHeaderText} from '../source/view/budget-summary.js';
import {type ChartForecast, viewHasForecast} from '../source/view/forecast-series.js';
import {type AnomalySubject, useAnomalyMarkers, useAnomalyReport, useScanSample} from './use-anomalies.js';
import {useBudgets} from './use-budgets.js';
import type {EngineState} from './use-engine.js';
import {type ForecastSubject, useForecast} from './use-forecast.js';

/** What the screen shows beside the view: the forecast, anomalies and budgets. */
export interface Insights {
	readonly forecast: ChartForecast | undefined;
	/** Days of the view with an anomaly; undefined when the chart is not daily. */
	readonly markedDays: ReadonlySet<string> | undefined;
	readonly budget: {readonly text: string; readonly atRisk: boolean} | undefined;
	/** The days the anomaly list searched, as periods are written. */
	readonly anomalyWindowLabel: string;
	readonly anomalyList: AnomalyListContent;
	/** The list's anomalies, in its order, for Enter. */
	readonly anomalies: readonly ExplainedAnomaly[];
}

const noAnomalies: readonly ExplainedAnomaly[] = [];

/**
 * Runs the insights for the view on screen: a forecast of its total when
 * the view reaches today, anomaly markers for its days, the anomaly list
 * while it is open, and the budgets. Each is its own cancellable task.
 */
export function useInsights(engineState: EngineState, state: AppState, accounts: readonly Account[], budgets: readonly Budget[]): Insights {
	const {scope, metric, period, granularity, today, chartFollowsCursor, refreshToken} = state;
	// The chart's total is the view's: narrowed by the drill-down and by a query put on screen.
	const {filter} = viewQuery(state);
	const filterKey = JSON.stringify(filter);
	const forecastSubject = useMemo(
		(): ForecastSubject | undefined =>
			viewHasForecast({period, granularity, metric, chartFollowsCursor}, today) ? {scope, metric, filter, today} : undefined,
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `filterKey` stands for the filter, a new object on every render.
		[scope, metric, period, granularity, chartFollowsCursor, today, filterKey],
	);
	const searched = anomalyWindow(period, today);
	const anomalySubject = useMemo(
		(): AnomalySubject | undefined => (searched === undefined ? undefined : {scope, metric, window: searched, today}),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the window's dates stand for `searched`, a new object on every render.
		[scope, metric, searched?.start, searched?.end, today],
	);
	// Markers are looked for in the view's own costs: a drill-down shows none from an unrelated service.
	const markerSubject = useMemo(
		(): AnomalySubject | undefined =>
			anomalySubject === undefined || granularity !== 'DAILY' ? undefined : {...anomalySubject, ...(filter === undefined ? {} : {filter})},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `filterKey` stands for the filter, a new object on every render.
		[anomalySubject, granularity, filterKey],
	);
	const forecast = useForecast(engineState, forecastSubject, refreshToken);
	const markers = useAnomalyMarkers(engineState, markerSubject, refreshToken);
	const listOpen = state.overlay?.kind === 'anomalies';
	const confirmed = state.overlay?.kind === 'anomalies' && state.overlay.confirmed === true;
	const billed = scope.source !== 'demo';
	const pairsPerDay = useScanSample(engineState, anomalySubject, listOpen && billed && !confirmed);
	const estimate = useMemo(
		() => (anomalySubject === undefined ? undefined : estimateAnomalyScan({window: anomalySubject.window, today, pairsPerDay})),
		[anomalySubject, today, pairsPerDay],
	);
	// The demo bills nothing; live, a scan that may pass the threshold waits for Enter.
	const awaitingYes = listOpen && !confirmed && billed && estimate !== undefined && scanNeedsConfirm(estimate);
	const report = useAnomalyReport(engineState, anomalySubject, listOpen && !awaitingYes, refreshToken);
	const budgetStatuses = useBudgets(engineState, budgets, scope, today, refreshToken);

	const markedDays = useMemo(() => (granularity === 'DAILY' ? anomalyDays(markers, period) : undefined), [markers, period, granularity]);
	const budget = useMemo(() => {
		const text = budgetHeaderText(budgetStatuses);
		return text === undefined ? undefined : {text, atRisk: budgetAtRisk(budgetStatuses)};
	}, [budgetStatuses]);
	const anomalies = report.status === 'ready' ? report.value.report.anomalies : noAnomalies;
	const anomalyList = useMemo((): AnomalyListContent => {
		if (awaitingYes) return {status: 'confirm', message: scanConfirmText(estimate!)};
		if (report.status === 'failed') return {status: 'failed', message: report.message};
		if (report.status !== 'ready') return {status: 'loading'};
		const names = accounts.length > 0 ? accounts : report.value.accounts;
		const {anomalies: found, notes, billableRequests} = report.value.report;
		return {status: 'ready', rows: found.map(anomaly => anomalyListRow(anomaly, names)), notes: [...notes, requestCountNote(billableRequests)]};
	}, [report, accounts, awaitingYes, estimate]);
	const anomalyWindowLabel = searched === undefined ? 'none: no day of this period has passed' : formatPeriod(searched);
	return {forecast, markedDays, budget, anomalyWindowLabel, anomalyList, anomalies};
}

export const InsightsContext = createContext<Insights | undefined>(undefined);

/** The insights for the view on screen; throws outside the app container. */
export function useInsightsOnScreen(): Insights {
	const insights = useContext(InsightsContext);
	if (insights === undefined) throw new Error('useInsightsOnScreen must be used inside the app container.');
	return insights;
}
