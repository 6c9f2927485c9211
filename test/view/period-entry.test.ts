import {describe, expect, test} from 'vitest';
import type {IsoDate, Period} from '../../source/dates.js';
import type {Granularity} from '../../source/query.js';
import {parsePeriodEntry, periodEntryGranularity} from '../../source/view/period-entry.js';

const today = '2026-11-27' as IsoDate;
const period = (start: string, end: string) => ({start, end}) as Period;

describe('parsePeriodEntry', () => {
	test.each([
		['inclusive dates', '2026-09-01..2026-09-30', period('2026-09-01', '2026-10-01')],
		['dates with spaces round the dots', ' 2026-09-01 .. 2026-09-02 ', period('2026-09-01', '2026-09-03')],
		['one day', '2026-09-05..2026-09-05', period('2026-09-05', '2026-09-06')],
		['a preset', 'last-month', period('2026-10-01', '2026-11-01')],
		['a month', '2026-09', period('2026-09-01', '2026-10-01')],
		['a quarter', '2026-Q3', period('2026-07-01', '2026-10-01')],
		['a quarter still running, cut at today', '2026-Q4', period('2026-10-01', '2026-11-28')],
	])('%s: %s', (_, text, expected) => {
		expect(parsePeriodEntry(text, today)).toEqual({ok: true, period: expected});
	});

	test.each([
		['an unknown range', 'lastmonth', /^--range: Unknown range "lastmonth": use one of today, yesterday, .* or a year \(2026\)\.$/],
		['dates the wrong way round', '2026-09-30..2026-09-01', /^--to 2026-09-01 is before --from 2026-09-30: swap them\.$/],
		['a date that is not one', '2026-02-30..2026-03-01', /^--from /],
		['a missing end', '2026-09-01..', /^--to /],
		['a month not begun', '2027-01', /^--range: "2027-01" starts after today \(2026-11-27\)/],
		['nothing', '  ', /^Type a range/],
	])('%s (%s): the CLI flags’ one-line message', (_, text, message) => {
		const entry = parsePeriodEntry(text, today);
		expect(entry.ok).toBe(false);
		if (!entry.ok) {
			expect(entry.message).toMatch(message);
			expect(entry.message).not.toContain('\n');
		}
	});
});

describe('periodEntryGranularity', () => {
	test.each<[string, Period, Granularity, Granularity]>([
		['a month, daily stays daily', period('2026-09-01', '2026-10-01'), 'DAILY', 'DAILY'],
		['a month, from monthly, by day like the short presets', period('2026-09-01', '2026-10-01'), 'MONTHLY', 'DAILY'],
		['a week keeps hourly', period('2026-11-20', '2026-11-27'), 'HOURLY', 'HOURLY'],
		['a quarter by month', period('2026-07-01', '2026-10-01'), 'DAILY', 'MONTHLY'],
		['a year by month', period('2025-11-01', '2026-11-01'), 'HOURLY', 'MONTHLY'],
	])('%s', (_, range, current, expected) => {
		expect(periodEntryGranularity(range, current)).toBe(expected);
	});
});
