import {useMemo} from 'react';
import type {CostAnomaly} from '../source/analysis/anomalies.js';
import {canonicalKey} from '../source/canonical.js';
import type {Period} from '../source/dates.js';
import {type AnomalyReport, anomalyReport} from '../source/insights/anomaly-report.js';
import {dailyQuery} from '../source/insights/insight-request.js';
import type {Metric, Scope} from '../source/query.js';
import {anomalyHistory, detectWindowAnomalies} from '../source/view/anomaly-markers.js';
import type {EngineState} from './use-engine.js';
import {type TaskState, useEngineTask} from './use-engine-task.js';

/** Where anomalies are looked for: whose costs, which metric, which days. */
export interface AnomalySubject {
	readonly scope: Scope;
	readonly metric: Metric;
	readonly window: Period;
}

const wideGroupBy = [
	{type: 'DIMENSION', key: 'SERVICE'},
	{type: 'DIMENSION', key: 'LINKED_ACCOUNT'},
] as const;

const subjectKey = (subject: AnomalySubject) =>
	canonicalKey(dailyQuery({scope: subject.scope, metric: subject.metric}, anomalyHistory(subject.window), wideGroupBy));

/**
 * The anomalies of the window for the chart's markers: detection only, from
 * the same DAILY query anomalyReport starts with (so opening the list after
 * reads it from the cache). Empty while loading or without a subject.
 */
export function useAnomalyMarkers(engineState: EngineState, subject: AnomalySubject | undefined, refreshToken: number): readonly CostAnomaly[] {
	const key = useMemo(() => (subject === undefined ? undefined : subjectKey(subject)), [subject]);
	const task = useEngineTask(engineState, key, refreshToken, async (engine, options) => {
		const query = dailyQuery({scope: subject!.scope, metric: subject!.metric}, anomalyHistory(subject!.window), wideGroupBy);
		const {rows} = await engine.run(query, options);
		return detectWindowAnomalies(rows, subject!.window);
	});
	return task.status === 'ready' ? task.value : noAnomalies;
}

const noAnomalies: readonly CostAnomaly[] = [];

/**
 * The anomaly list with root causes, fetched only while `open` (each
 * explained anomaly costs a query). Idle when closed or without a subject.
 */
export function useAnomalyReport(engineState: EngineState, subject: AnomalySubject | undefined, open: boolean, refreshToken: number): TaskState<AnomalyReport> {
	const key = useMemo(() => (subject === undefined || !open ? undefined : subjectKey(subject)), [subject, open]);
	return useEngineTask(engineState, key, refreshToken, (engine, {signal, refresh}) =>
		anomalyReport(engine, {scope: subject!.scope, metric: subject!.metric, period: subject!.window, signal, ...(refresh ? {cacheMode: 'refresh' as const} : {})}),
	);
}
