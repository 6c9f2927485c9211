import {describe, expect, test} from 'vitest';
import {type IsoDate, type Period, comparisonPeriod} from '../../source/dates.js';
import {shortPeriodLabel} from '../../source/view/period-label.js';
import {calendarSpan, shiftViewPeriod} from '../../source/view/view-options.js';

const p = (start: string, end: string): Period => ({start: start as IsoDate, end: end as IsoDate});
const today = '2026-11-27' as IsoDate;

describe('stepping the period with [ and ]', () => {
	test.each([
		['this month so far back to all of last month', p('2026-11-01', '2026-11-28'), -1, p('2026-10-01', '2026-11-01')],
		['this month so far back two months', p('2026-11-01', '2026-11-28'), -2, p('2026-09-01', '2026-10-01')],
		['last month forward to this month so far', p('2026-10-01', '2026-11-01'), 1, p('2026-11-01', '2026-11-28')],
		['three whole months back by three', p('2026-08-01', '2026-11-01'), -1, p('2026-05-01', '2026-08-01')],
		['seven days back by seven', p('2026-11-20', '2026-11-27'), -1, p('2026-11-13', '2026-11-20')],
		['February back from March (leap year aside)', p('2026-03-01', '2026-04-01'), -1, p('2026-02-01', '2026-03-01')],
	])('%s', (_name, period, steps, expected) => {
		expect(shiftViewPeriod(period, steps, today)).toEqual({ok: true, period: expected});
	});

	test('this month so far on the 1st is still a month', () => {
		const first = '2026-11-01' as IsoDate;
		expect(shiftViewPeriod(p('2026-11-01', '2026-11-02'), -1, first)).toEqual({ok: true, period: p('2026-10-01', '2026-11-01')});
	});

	test('only the month so far stands for its whole month', () => {
		expect(calendarSpan(p('2026-11-01', '2026-11-28'), today)).toEqual(p('2026-11-01', '2026-12-01'));
		expect(calendarSpan(p('2026-11-01', '2026-11-15'), today)).toEqual(p('2026-11-01', '2026-11-15'));
		expect(calendarSpan(p('2026-01-01', '2026-11-28'), today)).toEqual(p('2026-01-01', '2026-11-28'));
	});

	test('nothing after today', () => {
		expect(shiftViewPeriod(p('2026-11-01', '2026-11-28'), 1, today).ok).toBe(false);
	});
});

describe('what a period is compared with', () => {
	test.each([
		['a month so far: the same days of last month', p('2026-11-01', '2026-11-26'), p('2026-10-01', '2026-10-26')],
		['March 1–31 so far against February, which is shorter', p('2026-03-01', '2026-03-31'), p('2026-02-01', '2026-03-01')],
		['a whole month: the month before', p('2026-10-01', '2026-11-01'), p('2026-09-01', '2026-10-01')],
		['seven days: the seven before', p('2026-11-20', '2026-11-27'), p('2026-11-13', '2026-11-20')],
	])('%s', (_name, period, expected) => {
		expect(comparisonPeriod(period)).toEqual(expected);
	});
});

describe('short period labels for the previous column', () => {
	test.each([
		[p('2026-10-01', '2026-11-01'), 'Oct 2026'],
		[p('2026-08-01', '2026-11-01'), 'Aug–Oct 2026'],
		[p('2025-12-01', '2026-03-01'), "Dec'25–Feb'26"],
		[p('2026-10-01', '2026-10-26'), 'Oct 1–25'],
		[p('2026-10-29', '2026-11-05'), 'Oct 29–Nov 4'],
		[p('2026-10-27', '2026-10-28'), 'Oct 27'],
	])('%j is %s', (period, label) => {
		expect(shortPeriodLabel(period)).toBe(label);
		expect(label.length).toBeLessThanOrEqual(13);
	});
});
