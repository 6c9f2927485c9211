import {describe, expect, it} from 'vitest';
import {LONG_TTL_MS, MEDIUM_TTL_MS, SHORT_TTL_MS, ttlFor} from '../../source/cache/ttl.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';

function queryOver(start: string, end: string): CostQuery {
	return {
		period: {start: start as IsoDate, end: end as IsoDate},
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		groupBy: [],
		scope: {source: 'demo'},
	};
}

describe('ttlFor follows how final the data is', () => {
	const cases: Array<[string, string, string, string, number]> = [
		['today only', '2026-09-15', '2026-09-16', '2026-09-15', SHORT_TTL_MS],
		['month to date, through today', '2026-09-01', '2026-09-16', '2026-09-15', SHORT_TTL_MS],
		['ending 3 days before today', '2026-09-01', '2026-09-13', '2026-09-15', SHORT_TTL_MS],
		['ending 4 days before today, month open', '2026-09-01', '2026-09-12', '2026-09-15', MEDIUM_TTL_MS],
		['a single old day of the open month', '2026-09-02', '2026-09-03', '2026-09-15', MEDIUM_TTL_MS],
		['last month, closed 14 days', '2026-08-01', '2026-09-01', '2026-09-15', LONG_TTL_MS],
		['last month, closed 5 days (still settling)', '2026-08-01', '2026-09-01', '2026-09-06', MEDIUM_TTL_MS],
		['last month, closed 6 days', '2026-08-01', '2026-09-01', '2026-09-07', LONG_TTL_MS],
		['last month, closed 1 day (touches the last 3 days)', '2026-08-01', '2026-09-01', '2026-09-02', SHORT_TTL_MS],
		['last month, closed 3 days', '2026-08-01', '2026-09-01', '2026-09-04', MEDIUM_TTL_MS],
		['a few closed months', '2026-01-01', '2026-06-01', '2026-09-15', LONG_TTL_MS],
		['closed months running into the open one', '2026-07-01', '2026-09-05', '2026-09-15', MEDIUM_TTL_MS],
		['mid-month days of a long-closed month', '2026-03-10', '2026-03-12', '2026-09-15', LONG_TTL_MS],
		['December across the new year, closed 9 days', '2025-12-01', '2026-01-01', '2026-01-10', LONG_TTL_MS],
		['December across the new year, closed 3 days', '2025-12-01', '2026-01-01', '2026-01-04', MEDIUM_TTL_MS],
		['December across the new year, closed 2 days', '2025-12-01', '2026-01-01', '2026-01-03', SHORT_TTL_MS],
		['leap February, closed 6 days', '2028-02-01', '2028-03-01', '2028-03-07', LONG_TTL_MS],
		['leap February, closed 5 days', '2028-02-01', '2028-03-01', '2028-03-06', MEDIUM_TTL_MS],
		['ending on the last day of a month, today the 1st', '2026-08-31', '2026-09-01', '2026-09-01', SHORT_TTL_MS],
	];

	it.each(cases)('%s', (_name, start, end, today, expected) => {
		expect(ttlFor(queryOver(start, end), today as IsoDate)).toBe(expected);
	});

	it('orders short < medium < long', () => {
		expect(SHORT_TTL_MS).toBe(6 * 3_600_000);
		expect(MEDIUM_TTL_MS).toBe(24 * 3_600_000);
		expect(LONG_TTL_MS).toBe(30 * 24 * 3_600_000);
	});
});
