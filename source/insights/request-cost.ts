import {formatAmount, parseAmount} from '../money.js';

/** What Cost Explorer charges per request (GetCostAndUsage, forecasts, anomalies, recommendations). */
export const CENTS_PER_REQUEST = 1;

/** "$0.29": `requests` at a cent each, exact. */
export function requestsCost(requests: number): string {
	const cents = requests * CENTS_PER_REQUEST;
	return formatAmount(parseAmount(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`));
}

/** "29 billable requests ($0.29)." for the end of a report, so a person sees what it cost. */
export function requestCountNote(requests: number): string {
	if (requests === 0) return 'No billable requests: every answer came from the cache.';
	return `${requests} billable Cost Explorer request${requests === 1 ? '' : 's'} (${requestsCost(requests)}).`;
}
