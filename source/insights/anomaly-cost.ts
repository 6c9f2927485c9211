import {type IsoDate, type Period, daysBetween} from '../dates.js';
import {DEFAULT_ROOT_CAUSE_LIMIT, anomalyHistoryPeriod} from './anomaly-report.js';
import {requestsCost} from './request-cost.js';

/** Above this many billable requests an action says what it will cost and waits for a yes. */
export const CONFIRM_ABOVE_REQUESTS = 10;

/** Rows Cost Explorer returns a page, as the demo bills them: the basis of every page estimate. */
export const ROWS_PER_PAGE = 1000;

/** What an anomaly scan is expected to cost before it runs. */
export interface ScanEstimate {
	/** The days the detection query reads. */
	readonly historyDays: number;
	/** Pages of the one grouped detection query; undefined when the services are not known yet. */
	readonly detection: number | undefined;
	/** Root-cause queries, one or more pages each, at most this many. */
	readonly rootCauses: number;
	/** The least it can cost: detection and one page per root cause. */
	readonly atLeast: number;
}

/**
 * Estimates a scan of `window` from a sample day: the detection query has
 * about one row per (service, account) pair billed per day of its history.
 * Root causes depend on what is found, so they are counted at one page
 * each, up to the limit.
 */
export function estimateAnomalyScan(input: {
	readonly window: Period;
	readonly today: IsoDate;
	/** (service, account) pairs billed on a sample day; undefined when not known yet. */
	readonly pairsPerDay: number | undefined;
	readonly rootCauseLimit?: number;
}): ScanEstimate {
	const history = anomalyHistoryPeriod(input.window, input.today);
	const rootCauses = input.rootCauseLimit ?? DEFAULT_ROOT_CAUSE_LIMIT;
	const historyDays = daysBetween(history.start, history.end);
	const detection = input.pairsPerDay === undefined ? undefined : Math.max(1, Math.ceil((input.pairsPerDay * historyDays) / ROWS_PER_PAGE));
	return {historyDays, detection, rootCauses, atLeast: (detection ?? 1) + rootCauses};
}

/** Whether the scan must be confirmed first: it may cost more than CONFIRM_ABOVE_REQUESTS. */
export const scanNeedsConfirm = (estimate: ScanEstimate): boolean => estimate.atLeast > CONFIRM_ABOVE_REQUESTS;

/** "This scan is billed: about 26 requests to find anomalies in 80 days, plus 1 or more for each of up to 10 root causes: at least 36 requests ($0.36). Enter runs it · Esc closes." */
export function scanConfirmText(estimate: ScanEstimate): string {
	const detection =
		estimate.detection === undefined
			? `one grouped query over ${estimate.historyDays} days (1 or more requests)`
			: `about ${estimate.detection} request${estimate.detection === 1 ? '' : 's'} to find anomalies in ${estimate.historyDays} days`;
	return `This scan is billed: ${detection}, plus 1 or more for each of up to ${estimate.rootCauses} root causes: at least ${estimate.atLeast} requests (${requestsCost(estimate.atLeast)}). Enter runs it · Esc closes.`;
}
