import {type CostAnomaly, detectGroupAnomalies} from '../analysis/anomalies.js';
import type {DimensionContributors} from '../analysis/contribution.js';
import {dailySeriesByGroup} from '../analysis/daily-series.js';
import {toSourceAnomaly} from '../analysis/source-anomaly.js';
import {type IsoDate, type Period, addDays, maxDate, minDate} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import {amountToNumber} from '../money.js';
import type {Metric} from '../query.js';
import type {AnomalyRootCause, QueryLimits, SourceAnomaly} from '../sources/source.js';
import {earliestDailyDate} from '../validate.js';
import {type InsightRequest, type Outcome, askOptionsOf, billableCounter, dailyQuery, optional, runInsightQuery} from './insight-request.js';
import {type AnomalyDimension, type DrillRows, explainGroupAnomaly} from './root-cause.js';

/** History before the reported days: six weeks of baseline plus room for the spread. */
export const ANOMALY_BASELINE_DAYS = 56;
/** Days of history before a day can be judged: three same weekdays, then a week of residuals (see seasonalBaseline). */
const FIRST_JUDGED_DAY = 28;

/**
 * The days a report on `period` reads: ANOMALY_BASELINE_DAYS before it,
 * but never before the history Cost Explorer keeps, so any range a person
 * may query can be searched (its first weeks then have less history).
 */
export function anomalyHistoryPeriod(period: Period, today: IsoDate, limits?: QueryLimits): Period {
	return {start: maxDate(addDays(period.start, -ANOMALY_BASELINE_DAYS), earliestDailyDate(today, limits)), end: period.end};
}

/** A note when the history was cut short; undefined when every day had its full baseline. */
export function shortHistoryNote(period: Period, history: Period): string | undefined {
	if (history.start <= addDays(period.start, -ANOMALY_BASELINE_DAYS)) return undefined;
	const firstJudged = addDays(history.start, FIRST_JUDGED_DAY);
	const unjudged = firstJudged > period.start ? ` Days before ${minDate(firstJudged, period.end)} have too little history to be judged.` : '';
	return `History starts at ${history.start}, the earliest Cost Explorer keeps: the baseline is shorter than ${ANOMALY_BASELINE_DAYS / 7} weeks.${unjudged}`;
}

/** Root causes cost a query each: the largest anomalies get one, the rest are listed as found. */
export const DEFAULT_ROOT_CAUSE_LIMIT = 10;

export interface AnomalyReportRequest extends InsightRequest {
	/** The days to report on; earlier days serve as history. */
	readonly period: Period;
	/** Leave out anomalies whose |impact| is below this many dollars; default 0. */
	readonly minImpact?: number;
	readonly rootCauseLimit?: number;
	/** What to judge the days of; default both, as `aws-cost anomalies` does. */
	readonly dimensions?: readonly AnomalyDimension[];
}

export interface ExplainedAnomaly {
	/** What the anomaly's group is: a service or a linked account. */
	readonly dimension: AnomalyDimension;
	readonly anomaly: CostAnomaly;
	/** Contribution analysis one or two levels down; empty when over the root-cause limit. */
	readonly causes: readonly DimensionContributors[];
	/** The leading contributor of each dimension, in Cost Explorer's root-cause shape. */
	readonly rootCause: AnomalyRootCause;
}

export interface AnomalyReport {
	readonly today: IsoDate;
	readonly metric: Metric;
	readonly period: Period;
	readonly history: Period;
	/** Ours, largest |impact| first. */
	readonly anomalies: readonly ExplainedAnomaly[];
	/** The source's own detection: Cost Explorer's anomaly monitors, or the demo's injected events. */
	/** Labelled by the source's capabilities ("cost-explorer", "demo"); unavailable when it detects none itself. */
	readonly fromSource: {readonly label: string; readonly outcome: Outcome<readonly SourceAnomaly[]>};
	readonly notes: readonly string[];
	readonly billableRequests: number;
}

export const ANOMALY_DIMENSIONS: readonly AnomalyDimension[] = ['SERVICE', 'LINKED_ACCOUNT'];

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sizeOf = (anomaly: CostAnomaly): number => Math.abs(amountToNumber(anomaly.impact));

/**
 * Finds unusual days per service and per linked account in `period` (or
 * only the `dimensions` asked for), each with expected against actual, its
 * impact, and a root cause by contribution analysis; lists the source's own
 * anomalies beside them. One DAILY query grouped by [SERVICE,
 * LINKED_ACCOUNT] over the period and ANOMALY_BASELINE_DAYS before it feeds
 * detection for both dimensions; each
 * explained anomaly then costs one more query over the same days.
 */
export async function anomalyReport(engine: CostEngine, request: AnomalyReportRequest): Promise<AnomalyReport> {
	const {minImpact = 0, rootCauseLimit = DEFAULT_ROOT_CAUSE_LIMIT, dimensions = ANOMALY_DIMENSIONS} = request;
	if (!(minImpact >= 0)) throw badInput(`--min-impact ${minImpact} must be zero or more dollars.`);
	const billable = billableCounter(engine);
	const period: Period = {start: request.period.start, end: minDate(request.period.end, engine.today)};
	if (period.end <= period.start) throw badInput(`Anomalies are found in past days: pick a range that ends before today (${engine.today}).`);
	const {limits} = engine.capabilities;
	const earliest = earliestDailyDate(engine.today, limits);
	if (period.start < earliest) throw badInput(`${limits.keeper} keeps ${limits.historyMonths} months of history: start on or after ${earliest}.`);
	const history = anomalyHistoryPeriod(period, engine.today, limits);
	const wide = await runInsightQuery(
		engine,
		request,
		dailyQuery(request, history, [
			{type: 'DIMENSION', key: 'SERVICE'},
			{type: 'DIMENSION', key: 'LINKED_ACCOUNT'},
		]),
	);
	const options = {reportFrom: period.start};
	const found = dimensions
		.flatMap(dimension =>
			detectGroupAnomalies(dailySeriesByGroup(wide.rows, dimension === 'SERVICE' ? 0 : 1, history), options).map(anomaly => ({anomaly, dimension})),
		)
		.filter(({anomaly}) => sizeOf(anomaly) >= minImpact)
		.sort((a, b) => sizeOf(b.anomaly) - sizeOf(a.anomaly) || compareText(a.anomaly.period.start, b.anomaly.period.start) || compareText(b.dimension, a.dimension) || compareText(a.anomaly.group, b.anomaly.group));
	const anomalies: ExplainedAnomaly[] = [];
	const drills: DrillRows = new Map();
	for (const [index, {anomaly, dimension}] of found.entries()) {
		const causes = index < rootCauseLimit ? await explainGroupAnomaly(engine, request, anomaly, dimension, wide.rows, history, drills) : [];
		const rootCause = toSourceAnomaly(anomaly, dimension, causes).rootCauses[0] ?? {};
		anomalies.push({dimension, anomaly, causes, rootCause});
	}
	const notes: string[] = [];
	const short = shortHistoryNote(period, history);
	if (short !== undefined) notes.push(short);
	if (found.length > rootCauseLimit) notes.push(`Root causes shown for the ${rootCauseLimit} largest of ${found.length} anomalies.`);
	const fromSource = await sourceAnomalies(engine, request, period, notes);
	return {today: engine.today, metric: request.metric, period, history, anomalies, fromSource, notes, billableRequests: billable()};
}

async function sourceAnomalies(engine: CostEngine, request: AnomalyReportRequest, period: Period, notes: string[]): Promise<AnomalyReport['fromSource']> {
	const {label, native, limits} = engine.capabilities;
	if (!native.anomalies) return {label, outcome: {status: 'unavailable', message: `${limits.keeper} detects no anomalies of its own.`}};
	const outcome = await optional(() => engine.anomalies(period, askOptionsOf(request)));
	if (outcome.status === 'unavailable') return {label, outcome};
	const account = request.scope.account;
	const value = account === undefined ? outcome.value : outcome.value.filter(anomaly => anomaly.rootCauses.some(cause => cause.account === account));
	if (request.filter !== undefined) notes.push(`${label === 'demo' ? 'The demo' : limits.keeper}'s own anomalies are not narrowed by --filter.`);
	return {label, outcome: {status: 'ok', value}};
}
