import {describe, expect, it} from 'vitest';
import {parseQuestion} from '../../../source/assistant/offline/index.js';
import {type IsoDate, addDays} from '../../../source/dates.js';
import {resolvePreset} from '../../../source/presets.js';
import {type Expected, contextFor, expectQuestion} from './expect-parsed.js';

const total = (start: string, end: string, granularity: Expected['granularity'] = 'DAILY'): Expected => ({
	kind: 'total',
	period: [start, end],
	granularity,
});

/** The notes a question's answer will carry: how a named period was read. */
function notesOf(question: string, today?: IsoDate): readonly string[] {
	const outcome = parseQuestion(question, contextFor(today));
	if (!('notes' in outcome)) throw new Error(`${question}: ${outcome.message}`);
	return outcome.notes;
}

// 2026-11-25 is a Wednesday; ISO week 48 runs 2026-11-23 … 2026-11-29.
describe('weeks are ISO weeks, Monday first, asked on Wednesday 2026-11-25', () => {
	it.each<[string, Expected]>([
		['What did we spend this week?', total('2026-11-23', '2026-11-26')],
		['spend week to date', total('2026-11-23', '2026-11-26')],
		['What did we spend last week?', total('2026-11-16', '2026-11-23')],
		['spend the previous week', total('2026-11-16', '2026-11-23')],
		['What did we spend the week before last?', total('2026-11-09', '2026-11-16')],
		['What did we spend two weeks ago?', total('2026-11-09', '2026-11-16')],
		['spend 3 weeks ago', total('2026-11-02', '2026-11-09')],
		['spend a week ago', total('2026-11-16', '2026-11-23')],
		['spend the past week', total('2026-11-18', '2026-11-25')],
		['What did we spend last weekend?', total('2026-11-21', '2026-11-23')],
		['spend over the weekend', total('2026-11-21', '2026-11-23')],
		['spend the weekend before last', total('2026-11-14', '2026-11-16')],
		['spend on Monday', total('2026-11-23', '2026-11-24')],
		['spend on Wednesday', total('2026-11-25', '2026-11-26')],
		['spend last Wednesday', total('2026-11-18', '2026-11-19')],
		['spend last Friday', total('2026-11-20', '2026-11-21')],
		['spend 3 days ago', total('2026-11-22', '2026-11-23')],
		['spend 3 months ago', total('2026-08-01', '2026-09-01', 'MONTHLY')],
		['spend two months ago', total('2026-09-01', '2026-10-01', 'MONTHLY')],
		['spend a month ago', total('2026-10-01', '2026-11-01', 'MONTHLY')],
	])('%s', (question, expected) => expectQuestion(question, expected));

	it('says which convention it used', () => {
		expect(notesOf('What did we spend last week?')).toEqual(['Weeks run Monday to Sunday (ISO weeks).']);
		expect(notesOf('What did we spend last weekend?')).toEqual(['The weekend is taken as Saturday 2026-11-21 and Sunday 2026-11-22.']);
	});

	it.each<[string, string, Expected]>([
		// On a Sunday the week is still this week; on a Monday last week ended yesterday.
		['2026-11-29', 'spend this week', total('2026-11-23', '2026-11-30')],
		['2026-11-29', 'spend last week', total('2026-11-16', '2026-11-23')],
		['2026-11-23', 'spend last week', total('2026-11-16', '2026-11-23')],
		['2026-11-28', 'spend this weekend', total('2026-11-28', '2026-11-29')],
		['2026-11-28', 'spend over the weekend', total('2026-11-28', '2026-11-29')],
		// Across a year end: 2027-01-01 is a Friday in the week of 2026-12-28.
		['2027-01-01', 'spend last week', total('2026-12-21', '2026-12-28')],
		['2027-01-01', 'spend this week', total('2026-12-28', '2027-01-02')],
	])('on %s, %s', (today, question, expected) => expectQuestion(question, expected, today as IsoDate));
});

describe('halves, seasons and named days, asked on 2026-11-25', () => {
	it.each<[string, Expected]>([
		['How much in H1?', total('2026-01-01', '2026-07-01', 'MONTHLY')],
		['spend in h2', total('2026-07-01', '2026-11-26', 'MONTHLY')],
		['H1 2026 spend', total('2026-01-01', '2026-07-01', 'MONTHLY')],
		['spend 2026-H1', total('2026-01-01', '2026-07-01', 'MONTHLY')],
		['spend in the first half of the year', total('2026-01-01', '2026-07-01', 'MONTHLY')],
		['spend in the second half of this year', total('2026-07-01', '2026-11-26', 'MONTHLY')],
		['What did we spend in the summer?', total('2026-06-01', '2026-09-01', 'MONTHLY')],
		['spend this summer', total('2026-06-01', '2026-09-01', 'MONTHLY')],
		['spend last summer', total('2026-06-01', '2026-09-01', 'MONTHLY')],
		['spend in the spring', total('2026-03-01', '2026-06-01', 'MONTHLY')],
		['spend in the autumn', total('2026-09-01', '2026-11-26', 'MONTHLY')],
		['spend in the fall', total('2026-09-01', '2026-11-26', 'MONTHLY')],
		['spend last winter', total('2025-12-01', '2026-03-01', 'MONTHLY')],
		['spend during winter 2025', total('2025-12-01', '2026-03-01', 'MONTHLY')],
		['What did we spend on Black Friday?', total('2025-11-28', '2025-11-29')],
		['spend on black friday 2025', total('2025-11-28', '2025-11-29')],
		// A day that starts a month is asked MONTHLY: one bucket either way.
		['spend on Cyber Monday', total('2025-12-01', '2025-12-02', 'MONTHLY')],
		['spend on Thanksgiving', total('2025-11-27', '2025-11-28')],
		['spend on christmas day', total('2025-12-25', '2025-12-26')],
		['spend on Christmas Eve', total('2025-12-24', '2025-12-25')],
		["spend on New Year's Eve", total('2025-12-31', '2026-01-01')],
		["spend on new year's day", total('2026-01-01', '2026-01-02', 'MONTHLY')],
		['spend on Halloween', total('2026-10-31', '2026-11-01')],
		['spend on Easter', total('2026-04-05', '2026-04-06')],
		['spend on Good Friday', total('2026-04-03', '2026-04-04')],
		['spend on the fourth of july', total('2026-07-04', '2026-07-05')],
	])('%s', (question, expected) => expectQuestion(question, expected));

	it('says which months or day it took', () => {
		expect(notesOf('What did we spend in the summer?')).toEqual(['Summer is taken as June to August 2026 (northern hemisphere).']);
		expect(notesOf('spend last winter')).toEqual(['Winter is taken as December 2025 to February 2026 (northern hemisphere).']);
		expect(notesOf('How much in H1?')).toEqual(['H1 is taken as January to June 2026.']);
		expect(notesOf('What did we spend on Black Friday?')).toEqual(['Black Friday is taken as 2025-11-28, the most recent one.']);
		expect(notesOf('spend on black friday 2025')).toEqual(['Black Friday 2025 was 2025-11-28.']);
	});

	it('asked in the summer, "last summer" is the one before', () => {
		expectQuestion('spend last summer', total('2025-06-01', '2025-09-01', 'MONTHLY'), '2026-07-10' as IsoDate);
		expectQuestion('spend this summer', total('2026-06-01', '2026-07-11', 'MONTHLY'), '2026-07-10' as IsoDate);
	});

	it('a named day still to come this year is last year’s, and a future one is refused', () => {
		expectQuestion('spend on Black Friday', total('2026-11-27', '2026-11-28'), '2026-12-02' as IsoDate);
		expect(parseQuestion('spend on black friday 2026', contextFor()).kind).toBe('invalid');
		expect(parseQuestion('spend this winter', contextFor()).kind).toBe('invalid');
		// Autumn 2025 began before the 13 months Cost Explorer keeps.
		expect(parseQuestion('spend last autumn', contextFor()).kind).toBe('invalid');
	});
});

describe('one week convention: the parser and `--range this-week/last-week` agree on every weekday', () => {
	const week = Array.from({length: 7}, (_unused, day) => addDays('2026-11-23' as IsoDate, day));
	it.each(week)('on %s', today => {
		for (const [question, preset] of [['spend this week', 'this-week'], ['spend last week', 'last-week']] as const) {
			const outcome = parseQuestion(question, contextFor(today));
			if (!('query' in outcome)) throw new Error(outcome.message);
			expect(outcome.query.period).toEqual(resolvePreset(preset, today));
		}
	});
});
