import {type CostAnomaly, detectGroupAnomalies} from '../analysis/anomalies.js';
import {dailySeriesByGroup} from '../analysis/daily-series.js';
import {type IsoDate, type Period, minDate} from '../dates.js';
import {anomalyHistoryPeriod} from '../insights/anomaly-report.js';
import type {CostRow} from '../rows.js';
import {bucketColumns} from './chart-series.js';

export const ANOMALY_MARKER = '▲';

/** The days anomalies are looked for in: the view's period up to yesterday; undefined when none has passed. */
export function anomalyWindow(period: Period, today: IsoDate): Period | undefined {
	const end = minDate(period.end, today);
	return end > period.start ? {start: period.start, end} : undefined;
}

/** The window and the weeks of baseline before it (as far back as data is kept), as anomalyReport reads them. */
export const anomalyHistory = (window: Period, today: IsoDate): Period => anomalyHistoryPeriod(window, today);

/**
 * The service anomalies anomalyReport finds, without their root causes,
 * from DAILY rows grouped by SERVICE over the history, reported from the
 * window's start. Services only: grouping by account as well would cost
 * several times the requests on every change of period.
 */
export function detectWindowAnomalies(rows: readonly CostRow[], window: Period, today: IsoDate): CostAnomaly[] {
	return detectGroupAnomalies(dailySeriesByGroup(rows, 0, anomalyHistory(window, today)), {reportFrom: window.start});
}

/** Every day of every anomaly that falls in the period. */
export function anomalyDays(anomalies: readonly CostAnomaly[], period: Period): ReadonlySet<IsoDate> {
	const days = new Set<IsoDate>();
	for (const anomaly of anomalies) {
		for (const day of anomaly.days) if (day.date >= period.start && day.date < period.end) days.add(day.date);
	}
	return days;
}

/**
 * The row under the plot: a marker under each marked day, `gutter` blanks
 * before the first point. Columns follow bucketColumns: a day spread over
 * several columns is marked at its first; a column averaging several days
 * is marked when any of them is. Empty when no day on the axis is marked.
 */
export function markerLine(buckets: readonly string[], marked: ReadonlySet<string>, points: number, gutter: number): string {
	if (marked.size === 0 || buckets.length === 0 || points < 1) return '';
	const isMarked = (index: number) => marked.has(buckets[index]!.slice(0, 10));
	let previousFrom = -1;
	const cells = bucketColumns(buckets.length, points).map(([from, to]) => {
		const first = from !== previousFrom;
		previousFrom = from;
		let hit = false;
		for (let index = from; index < to && !hit; index++) hit = isMarked(index);
		return hit && first ? ANOMALY_MARKER : ' ';
	});
	if (!cells.includes(ANOMALY_MARKER)) return '';
	return `${' '.repeat(gutter)}${cells.join('')}`.trimEnd();
}
