import {describe, expect, it} from 'vitest';
import {parseQuestion} from '../../../source/assistant/offline/index.js';
import type {IsoDate} from '../../../source/dates.js';
import {type Expected, contextFor, expectQuestion} from './expect-parsed.js';

const total = (start: string, end: string, granularity: Expected['granularity'] = 'MONTHLY'): Expected => ({
	kind: 'total',
	period: [start, end],
	granularity,
});

describe('periods, asked on 2026-11-25', () => {
	it.each<[string, Expected]>([
		['How much did I spend last month?', total('2026-10-01', '2026-11-01')],
		['how much did we spend this month', total('2026-11-01', '2026-11-26')],
		['What did I spend in September?', total('2026-09-01', '2026-10-01')],
		['WHAT DID I SPEND IN SEPTEMBER???', total('2026-09-01', '2026-10-01')],
		['  what did i spend   in   september  ', total('2026-09-01', '2026-10-01')],
		['spend in November', total('2026-11-01', '2026-11-26')],
		['spend in December', total('2025-12-01', '2026-01-01')],
		['spend last October', total('2026-10-01', '2026-11-01')],
		['spend last November', total('2025-11-01', '2025-12-01')],
		['costs in Q3', total('2026-07-01', '2026-10-01')],
		['how much in q4', total('2026-10-01', '2026-11-26')],
		['Q4 2025 spend', total('2025-10-01', '2026-01-01')],
		['cost for 2026-Q3', total('2026-07-01', '2026-10-01')],
		['spend in the third quarter', total('2026-07-01', '2026-10-01')],
		['total for last quarter', total('2026-07-01', '2026-10-01')],
		['this quarter spend', total('2026-10-01', '2026-11-26')],
		['spend in the last 14 days', total('2026-11-11', '2026-11-25', 'DAILY')],
		['cost over the past 2 weeks', total('2026-11-11', '2026-11-25', 'DAILY')],
		['spend over the past two weeks', total('2026-11-11', '2026-11-25', 'DAILY')],
		['cost in the last 7 days', total('2026-11-18', '2026-11-25', 'DAILY')],
		['spend last week', total('2026-11-16', '2026-11-23', 'DAILY')],
		['spend the past week', total('2026-11-18', '2026-11-25', 'DAILY')],
		['spend this week', total('2026-11-23', '2026-11-26', 'DAILY')],
		['spend last 30 days', total('2026-10-26', '2026-11-25', 'DAILY')],
		['spend last 400 days', total('2025-10-21', '2026-11-25')],
		['cost last 3 months', total('2026-08-01', '2026-11-01')],
		['spend over the past three months', total('2026-08-01', '2026-11-01')],
		['spend last 13 months', total('2025-10-01', '2026-11-01')],
		['spend year to date', total('2026-01-01', '2026-11-26')],
		['ytd spend', total('2026-01-01', '2026-11-26')],
		['YTD spend, please.', total('2026-01-01', '2026-11-26')],
		['spend this year', total('2026-01-01', '2026-11-26')],
		['spend since March', total('2026-03-01', '2026-11-26')],
		['spend since march 2026', total('2026-03-01', '2026-11-26')],
		['spend since December', total('2025-12-01', '2026-11-26')],
		['spend since last month', total('2026-10-01', '2026-11-26')],
		['spend since 2026-11-01', total('2026-11-01', '2026-11-26')],
		['costs yesterday', total('2026-11-24', '2026-11-25', 'DAILY')],
		['what did I spend today?', total('2026-11-25', '2026-11-26', 'DAILY')],
		['spend the day before yesterday', total('2026-11-23', '2026-11-24', 'DAILY')],
		['spend between 2026-09-01 and 2026-09-15', total('2026-09-01', '2026-09-16')],
		['costs from 2026-09-01 to 2026-09-15', total('2026-09-01', '2026-09-16')],
		['costs 2026-09-03..2026-09-10', total('2026-09-03', '2026-09-11', 'DAILY')],
		['cost between sep 1 and sep 15', total('2026-09-01', '2026-09-16')],
		['cost on 2026-10-03', total('2026-10-03', '2026-10-04', 'DAILY')],
		['spend on october 3rd', total('2026-10-03', '2026-10-04', 'DAILY')],
		['spend on 3 October', total('2026-10-03', '2026-10-04', 'DAILY')],
		['spend on December 31', total('2025-12-31', '2026-01-01', 'DAILY')],
		['costs 2026-10', total('2026-10-01', '2026-11-01')],
		['spend from august to october', total('2026-08-01', '2026-11-01')],
		['spend from November to January', total('2025-11-01', '2026-02-01')],
		['cost 2 months ago', total('2026-09-01', '2026-10-01')],
		['spend the month before last', total('2026-09-01', '2026-10-01')],
		['what did I spend in may', total('2026-05-01', '2026-06-01')],
		['May 2026 spend', total('2026-05-01', '2026-06-01')],
		['spend in September 2026', total('2026-09-01', '2026-10-01')],
		['spend in 2026', total('2026-01-01', '2026-11-26')],
		['last month?', total('2026-10-01', '2026-11-01')],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

describe('periods across a year boundary, asked on 2027-01-10', () => {
	const today = '2027-01-10' as IsoDate;
	it.each<[string, Expected]>([
		['spend in December', total('2026-12-01', '2027-01-01')],
		['spend in January', total('2027-01-01', '2027-01-11')],
		['last month', total('2026-12-01', '2027-01-01')],
		['costs last quarter', total('2026-10-01', '2027-01-01')],
		['costs in Q4', total('2026-10-01', '2027-01-01')],
		['spend last year', total('2026-01-01', '2027-01-01')],
		['ytd costs', total('2027-01-01', '2027-01-11')],
		['spend since November', total('2026-11-01', '2027-01-11')],
		['spend last 3 months', total('2026-10-01', '2027-01-01')],
		['spend last 14 days', total('2026-12-27', '2027-01-10', 'DAILY')],
		['spend on December 31', total('2026-12-31', '2027-01-01', 'DAILY')],
		['spend between dec 20 and jan 5', total('2026-12-20', '2027-01-06', 'DAILY')],
		['spend this week', total('2027-01-04', '2027-01-11', 'DAILY')],
	])('%s', (question, expected) => expectQuestion(question, expected, today));
});

describe('leap years', () => {
	it.each<[string, string, Expected]>([
		['2028-03-01', 'last month', total('2028-02-01', '2028-03-01')],
		['2028-03-01', 'spend in February', total('2028-02-01', '2028-03-01')],
		['2028-03-01', 'yesterday', total('2028-02-29', '2028-03-01', 'DAILY')],
		['2028-03-01', 'spend on feb 29', total('2028-02-29', '2028-03-01', 'DAILY')],
		['2028-03-01', 'spend last 2 days', total('2028-02-28', '2028-03-01', 'DAILY')],
		['2028-03-01', 'spend this month', total('2028-03-01', '2028-03-02')],
		['2029-03-01', 'spend on february 29', total('2028-02-29', '2028-03-01', 'DAILY')],
		['2027-03-01', 'last month', total('2027-02-01', '2027-03-01')],
	])('on %s: %s', (today, question, expected) => expectQuestion(question, expected, today as IsoDate));

	it('clips "last year" to the 13 months Cost Explorer keeps, and says so', () => {
		const outcome = parseQuestion('spend last year', contextFor('2028-03-01' as IsoDate));
		expectQuestion('spend last year', total('2027-02-01', '2028-01-01'), '2028-03-01' as IsoDate);
		expect(outcome.kind === 'total' && outcome.notes).toEqual([
			'Cost Explorer keeps 13 months of history, so 2027 is counted from 2027-02-01.',
		]);
	});
});

describe('periods Cost Explorer cannot answer', () => {
	it.each<[string, RegExp]>([
		['spend in September 2025', /13 months of history: start on or after 2025-10-01/],
		['Q3 2025 spend', /13 months of history/],
		['cost in 2024', /13 months of history/],
		['spend last 14 months', /13 months of history/],
		['spend in December 2026', /Cost data stops at today \(2026-11-25\)/],
		['spend next month', /Cost data stops at today/],
		['spend next week', /Cost data stops at today/],
		['cost between 2026-09-15 and 2026-09-01', /put the earlier day first/],
		['cost on 2026-02-30', /not a real day/],
		['cost on february 30', /not a real day/],
		['hourly spend last month', /Hourly data covers the last 14 days only/],
	])('%s', (question, message) => {
		const outcome = parseQuestion(question, contextFor());
		expect(outcome.kind).toBe('invalid');
		expect(outcome.kind === 'invalid' && outcome.message).toMatch(message);
	});
});
