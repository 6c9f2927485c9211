import {describe, expect, test} from 'vitest';
import type {CostAnomaly} from '../../source/analysis/anomalies.js';
import {type IsoDate, eachDay} from '../../source/dates.js';
import {amountFromNumber, parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';
import {anomalyDays, anomalyWindow, detectWindowAnomalies, markerLine} from '../../source/view/anomaly-markers.js';

const days = (from: string, to: string) => eachDay({start: from as IsoDate, end: to as IsoDate});
const anomaly = (group: string, dates: readonly string[]): CostAnomaly => ({
	group,
	period: {start: dates[0] as IsoDate, end: dates.at(-1) as IsoDate},
	lastDay: dates.at(-1) as IsoDate,
	direction: 'spike',
	expected: amountFromNumber(10),
	actual: amountFromNumber(100),
	impact: amountFromNumber(90),
	maxScore: 9,
	days: dates.map(date => ({date: date as IsoDate, expected: 5, actual: 50, score: 9})),
});

describe('anomalyWindow', () => {
	test('the view up to yesterday; none when no day of it has passed', () => {
		expect(anomalyWindow({start: '2026-11-01' as IsoDate, end: '2026-11-26' as IsoDate}, '2026-11-25' as IsoDate)).toEqual({start: '2026-11-01', end: '2026-11-25'});
		expect(anomalyWindow({start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate}, '2026-11-25' as IsoDate)).toEqual({start: '2026-10-01', end: '2026-11-01'});
		expect(anomalyWindow({start: '2026-11-25' as IsoDate, end: '2026-11-26' as IsoDate}, '2026-11-25' as IsoDate)).toBeUndefined();
	});
});

describe('anomalyDays', () => {
	test('every day of every anomaly inside the period, once', () => {
		const found = anomalyDays([anomaly('EC2', ['2026-10-30', '2026-10-31', '2026-11-01']), anomaly('Prod', ['2026-11-01'])], {
			start: '2026-11-01' as IsoDate,
			end: '2026-12-01' as IsoDate,
		});
		expect([...found]).toEqual(['2026-11-01']);
	});
});

describe('markerLine', () => {
	const buckets = days('2026-11-01', '2026-11-11');
	test('a marker under the first column of each marked day, after the gutter', () => {
		expect(markerLine(buckets, new Set(['2026-11-01', '2026-11-04']), 30, 2)).toBe(`  ▲${' '.repeat(8)}▲`);
	});
	test('columns averaging several days are marked when any of them is', () => {
		const month = days('2026-11-01', '2026-12-01');
		expect(markerLine(month, new Set(['2026-11-30']), 10, 0)).toBe(`${' '.repeat(9)}▲`);
		expect(markerLine(month, new Set(['2026-11-02']), 10, 0)).toBe('▲');
	});
	test('hourly buckets are marked by their day', () => {
		expect(markerLine(['2026-11-01T00:00:00Z', '2026-11-01T01:00:00Z', '2026-11-02T00:00:00Z'], new Set(['2026-11-02']), 3, 0)).toBe('  ▲');
	});
	test('nothing when no marked day is on the axis', () => {
		expect(markerLine(buckets, new Set(), 30, 2)).toBe('');
		expect(markerLine(buckets, new Set(['2026-12-24']), 30, 2)).toBe('');
		expect(markerLine([], new Set(['2026-11-01']), 30, 2)).toBe('');
	});
});

describe('detectWindowAnomalies', () => {
	const row = (start: string, service: string, amount: number): CostRow => ({
		start,
		end: start,
		keys: [service],
		amount: parseAmount(amount.toFixed(2)),
		unit: 'USD',
		estimated: false,
	});
	test('finds a service spike in the window, none in the baseline before it, none in a quiet service', () => {
		const window = {start: '2026-11-01' as IsoDate, end: '2026-11-25' as IsoDate};
		const rows = days('2026-09-06', '2026-11-25').flatMap((date, index) => [
			row(date, 'EC2', 100 + (index % 3) + (date === '2026-11-17' ? 900 : 0) + (date === '2026-10-10' ? 900 : 0)),
			row(date, 'S3', 40 + (index % 2)),
		]);
		expect(detectWindowAnomalies(rows, window, '2026-11-25' as IsoDate).map(({group, period}) => [group, period.start])).toEqual([['EC2', '2026-11-17']]);
	});
});
