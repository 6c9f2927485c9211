import {useMemo} from 'react';
import type {CostAnomaly} from '../source/analysis/anomalies.js';
import {canonicalKey} from '../source/canonical.js';
import {type IsoDate, type Period, addDays} from '../source/dates.js';
import {type AnomalyReport, anomalyReport} from '../source/insights/anomaly-report.js';
import {dailyQuery} from '../source/insights/insight-request.js';
import type {Expression, GroupBy, Metric, Scope} from '../source/query.js';
import type {Account} from '../source/sources/source.js';
import {anomalyHistory, detectWindowAnomalies} from '../source/view/anomaly-markers.js';
import type {EngineState} from './use-engine.js';
import {type TaskState, useEngineTask} from './use-engine-task.js';

/** Where anomalies are looked for: whose costs, which metric, which days. */
export interface AnomalySubject {
	readonly scope: Scope;
	readonly metric: Metric;
	readonly window: Period;
	/** Only these costs (the view's drill-down); the markers of a view are its own. */
	readonly filter?: Expression;
	/** Bounds the baseline: history starts no earlier than Cost Explorer keeps. */
	readonly today: IsoDate;
}

const wideGroupBy = [
	{type: 'DIMENSION', key: 'SERVICE'},
	{type: 'DIMENSION', key: 'LINKED_ACCOUNT'},
] as const;

const serviceGroupBy = [{type: 'DIMENSION', key: 'SERVICE'}] as const;

const historyQuery = (subject: AnomalySubject, groupBy: readonly GroupBy[]) =>
	dailyQuery(
		{scope: subject.scope, metric: subject.metric, ...(subject.filter === undefined ? {} : {filter: subject.filter})},
		anomalyHistory(subject.window, subject.today),
		groupBy,
	);

/**
 * The service anomalies of the window for the chart's markers: detection
 * only, from one DAILY query by service over the window and its baseline
 * weeks. Empty while loading or without a subject.
 */
export function useAnomalyMarkers(engineState: EngineState, subject: AnomalySubject | undefined, refreshToken: number): readonly CostAnomaly[] {
	const key = useMemo(() => (subject === undefined ? undefined : canonicalKey(historyQuery(subject, serviceGroupBy))), [subject]);
	const task = useEngineTask(engineState, key, refreshToken, async (engine, options) => {
		const {rows} = await engine.run(historyQuery(subject!, serviceGroupBy), options);
		return detectWindowAnomalies(rows, subject!.window, subject!.today);
	});
	return task.status === 'ready' ? task.value : noAnomalies;
}

const noAnomalies: readonly CostAnomaly[] = [];

/** The list's anomalies, and the accounts' names to show them by. */
export interface ListedAnomalies {
	readonly report: AnomalyReport;
	readonly accounts: readonly Account[];
}

/**
 * The anomaly list with root causes, fetched only while `open` (each
 * explained anomaly costs a query). Idle when closed or without a subject.
 */
export function useAnomalyReport(engineState: EngineState, subject: AnomalySubject | undefined, open: boolean, refreshToken: number): TaskState<ListedAnomalies> {
	const key = useMemo(() => (subject === undefined || !open ? undefined : canonicalKey(historyQuery(subject, wideGroupBy))), [subject, open]);
	return useEngineTask(engineState, key, refreshToken, async (engine, {signal, refresh}) => {
		const request = {scope: subject!.scope, metric: subject!.metric, period: subject!.window, signal, ...(refresh ? {cacheMode: 'refresh' as const} : {})};
		// Names only dress the list: an account list that cannot be had leaves the ids.
		const [report, accounts] = await Promise.all([anomalyReport(engine, request), engine.accounts({signal}).catch((): Account[] => [])]);
		return {report, accounts};
	});
}

/**
 * The (service, account) pairs billed on the window's last day: one small
 * query (a page, cached) that a scan's cost is estimated from before it
 * runs. Undefined while loading, when not `wanted`, or when it failed.
 */
export function useScanSample(engineState: EngineState, subject: AnomalySubject | undefined, wanted: boolean): number | undefined {
	const query = useMemo(() => {
		if (subject === undefined || !wanted) return undefined;
		const lastDay = addDays(subject.window.end, -1);
		return dailyQuery({scope: subject.scope, metric: subject.metric}, {start: lastDay, end: subject.window.end}, wideGroupBy);
	}, [subject, wanted]);
	const task = useEngineTask(engineState, query === undefined ? undefined : canonicalKey(query), 0, async (engine, options) => {
		const {rows} = await engine.run(query!, options);
		return rows.length;
	});
	return task.status === 'ready' ? task.value : undefined;
}
