import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {periodFromInclusive, resolvePreset} from '../source/presets.js';

const today = '2026-11-25' as IsoDate;

describe('resolvePreset', () => {
	it.each([
		['today', '2026-11-25', '2026-11-26'],
		['yesterday', '2026-11-24', '2026-11-25'],
		['this-month', '2026-11-01', '2026-11-26'],
		['last-month', '2026-10-01', '2026-11-01'],
		['last-7-days', '2026-11-18', '2026-11-25'],
		['last-30-days', '2026-10-26', '2026-11-25'],
		['last-3-months', '2026-08-01', '2026-11-01'],
		['last-12-months', '2025-11-01', '2026-11-01'],
		['ytd', '2026-01-01', '2026-11-26'],
		['last-quarter', '2026-07-01', '2026-10-01'],
		// ISO weeks, Monday first: 2026-11-25 is a Wednesday.
		['this-week', '2026-11-23', '2026-11-26'],
		['last-week', '2026-11-16', '2026-11-23'],
		['2026-09', '2026-09-01', '2026-10-01'],
		['2026-11', '2026-11-01', '2026-11-26'],
		['2026-Q3', '2026-07-01', '2026-10-01'],
		['2026-q4', '2026-10-01', '2026-11-26'],
		['2025', '2025-01-01', '2026-01-01'],
		['2026', '2026-01-01', '2026-11-26'],
		['LAST-MONTH', '2026-10-01', '2026-11-01'],
	])('%s → %s … %s (exclusive)', (preset, start, end) => {
		expect(resolvePreset(preset, today)).toEqual({start, end});
	});

	it.each([
		// year and leap boundaries
		['2027-01-01', 'last-month', '2026-12-01', '2027-01-01'],
		['2027-01-10', 'last-quarter', '2026-10-01', '2027-01-01'],
		['2024-03-01', 'last-month', '2024-02-01', '2024-03-01'],
		['2024-03-01', 'yesterday', '2024-02-29', '2024-03-01'],
		['2025-03-01', 'yesterday', '2025-02-28', '2025-03-01'],
		['2026-01-01', 'ytd', '2026-01-01', '2026-01-02'],
		['2026-01-01', 'this-month', '2026-01-01', '2026-01-02'],
		['2026-04-15', 'last-quarter', '2026-01-01', '2026-04-01'],
		['2026-03-31', 'last-30-days', '2026-03-01', '2026-03-31'],
		// ISO weeks across a year end, and on the week's Monday and Sunday
		['2027-01-01', 'last-week', '2026-12-21', '2026-12-28'],
		['2027-01-01', 'this-week', '2026-12-28', '2027-01-02'],
		['2026-11-23', 'this-week', '2026-11-23', '2026-11-24'],
		['2026-11-29', 'this-week', '2026-11-23', '2026-11-30'],
		['2026-11-29', 'last-week', '2026-11-16', '2026-11-23'],
	])('on %s, %s → %s … %s', (on, preset, start, end) => {
		expect(resolvePreset(preset, on as IsoDate)).toEqual({start, end});
	});

	it.each(['lastweek', 'lastmonth', '2026-13', '2026-Q5', 'last-0-days', ''])('rejects %j with a hint', preset => {
		expect(() => resolvePreset(preset, today)).toThrow(/range|at least|date|day/);
	});
});

describe('periodFromInclusive', () => {
	it('turns an inclusive --to into Cost Explorer’s exclusive End', () => {
		expect(periodFromInclusive('2026-09-01', '2026-09-30')).toEqual({start: '2026-09-01', end: '2026-10-01'});
		expect(periodFromInclusive('2024-02-01', '2024-02-29')).toEqual({start: '2024-02-01', end: '2024-03-01'});
		expect(periodFromInclusive('2026-12-31', '2026-12-31')).toEqual({start: '2026-12-31', end: '2027-01-01'});
	});
	it('rejects a --to before --from', () => {
		expect(() => periodFromInclusive('2026-09-30', '2026-09-01')).toThrow(/before/);
	});
});
