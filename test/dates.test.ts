import {describe, expect, it} from 'vitest';
import {
	type IsoDate,
	addDays,
	addMonths,
	daysInMonth,
	eachDay,
	isLeapYear,
	parseIsoDate,
	previousPeriod,
	shiftPeriod,
} from '../source/dates.js';

const d = (text: string) => text as IsoDate;

describe('parseIsoDate', () => {
	it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', text => {
		expect(parseIsoDate(text)).toBe(text);
	});
	it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-01-01', '2026/01/01', '', 'today'])(
		'rejects %s with a one-line message',
		text => {
			expect(() => parseIsoDate(text)).toThrow(/date|day/);
		},
	);
});

describe('calendar arithmetic', () => {
	it.each([
		[2024, true],
		[2025, false],
		[2000, true],
		[1900, false],
		[2028, true],
	])('leap year %i is %s', (year, leap) => {
		expect(isLeapYear(year)).toBe(leap);
	});

	const monthEnds: Array<[number, number, number]> = [];
	for (const year of [2024, 2025, 2026]) {
		for (let month = 1; month <= 12; month++) monthEnds.push([year, month, daysInMonth(year, month)]);
	}
	it.each(monthEnds)('%i-%i: the day after the last (%i) is the 1st of the next month', (year, month, last) => {
		const lastDay = d(`${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
		const next = addDays(lastDay, 1);
		expect(next.endsWith('-01')).toBe(true);
		expect(addMonths(lastDay, 1)).toBe(addMonths(d(`${lastDay.slice(0, 8)}01`), 1));
		expect(addDays(next, -1)).toBe(lastDay);
	});

	it('crosses year ends both ways', () => {
		expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
		expect(addDays(d('2027-01-01'), -1)).toBe('2026-12-31');
		expect(addMonths(d('2026-11-15'), 2)).toBe('2027-01-01');
		expect(addMonths(d('2026-01-31'), -1)).toBe('2025-12-01');
	});

	it('lists each day of a period, end exclusive', () => {
		expect(eachDay({start: d('2024-02-27'), end: d('2024-03-02')})).toEqual([
			'2024-02-27',
			'2024-02-28',
			'2024-02-29',
			'2024-03-01',
		]);
		expect(eachDay({start: d('2024-02-27'), end: d('2024-02-27')})).toEqual([]);
	});
});

describe('previous and shifted periods', () => {
	it.each([
		// whole months stay whole months, whatever their lengths
		['2026-03-01', '2026-04-01', '2026-02-01', '2026-03-01'],
		['2024-03-01', '2024-04-01', '2024-02-01', '2024-03-01'],
		['2026-01-01', '2026-04-01', '2025-10-01', '2026-01-01'],
		// day ranges move by their length
		['2026-11-18', '2026-11-25', '2026-11-11', '2026-11-18'],
		['2026-03-01', '2026-03-15', '2026-02-15', '2026-03-01'],
	])('before %s…%s comes %s…%s', (start, end, previousStart, previousEnd) => {
		expect(previousPeriod({start: d(start), end: d(end)})).toEqual({start: previousStart, end: previousEnd});
	});

	it('shifts forward and back symmetrically', () => {
		const september = {start: d('2026-09-01'), end: d('2026-10-01')};
		expect(shiftPeriod(september, 1)).toEqual({start: '2026-10-01', end: '2026-11-01'});
		expect(shiftPeriod(shiftPeriod(september, -3), 3)).toEqual(september);
	});
});
