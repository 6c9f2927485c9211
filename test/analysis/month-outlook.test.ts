import {describe, expect, it} from 'vitest';
import {forecastDaily} from '../../source/analysis/forecast.js';
import {formatProjection, monthOutlook, projectMonthEnd} from '../../source/analysis/month-outlook.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToNumber} from '../../source/money.js';
import {buildSeries, seededNormal} from './synthetic-series.js';

const today = '2026-03-10' as IsoDate;

describe('projectMonthEnd', () => {
	it('adds the forecast for today and the rest of the month to the complete days', () => {
		const series = buildSeries('2026-01-01', 68, () => 100);
		const projection = projectMonthEnd(series, today);
		expect(projection.throughDay).toBe('2026-03-09');
		expect(amountToNumber(projection.monthToDate)).toBeCloseTo(900, 6);
		expect(amountToNumber(projection.projected)).toBeCloseTo(3100, 6);
		expect(projection.month).toEqual({start: '2026-03-01', end: '2026-04-01'});
	});

	it("ignores today's partial figure and anything after it", () => {
		const series = [...buildSeries('2026-01-01', 68, () => 100), {date: today, amount: 3}, {date: '2026-03-11' as IsoDate, amount: 9999}];
		expect(amountToNumber(projectMonthEnd(series, today).projected)).toBeCloseTo(3100, 6);
	});

	it('gives an 80% interval around a noisy projection and formats it', () => {
		const noise = seededNormal(21);
		const series = buildSeries('2026-01-01', 68, () => 100 + 10 * noise());
		const projection = projectMonthEnd(series, today);
		expect(projection.lower).toBeLessThan(projection.projected);
		expect(projection.upper).toBeGreaterThan(projection.projected);
		expect(projection.lower).toBeGreaterThanOrEqual(projection.monthToDate);
		expect(formatProjection(projection)).toMatch(/^MTD \$[\d,]+\.\d\d → projected \$[\d,]+\.\d\d \(±\$[\d,]+\.\d\d\)$/);
	});

	it('forecasts days missing before today', () => {
		const series = buildSeries('2026-01-01', 65, () => 50);
		const outlook = monthOutlook(series, today);
		expect(outlook.days.filter(day => day.kind === 'actual')).toHaveLength(6);
		expect(outlook.projected.mean).toBeCloseTo(31 * 50, 6);
	});

	it('forecasts the whole month on the 1st and is empty without data', () => {
		const series = buildSeries('2026-01-01', 59, () => 10);
		const first = projectMonthEnd(series, '2026-03-01' as IsoDate);
		expect(first.throughDay).toBeUndefined();
		expect(amountToNumber(first.projected)).toBeCloseTo(310, 6);
		const empty = projectMonthEnd([], today);
		expect(empty.method).toBe('none');
		expect(amountToNumber(empty.projected)).toBe(0);
	});

	it('uses a forecast it is given', () => {
		const history = buildSeries('2026-01-01', 68, () => 100);
		const forecast = forecastDaily(history, 22);
		expect(monthOutlook(history, today, forecast).projected.mean).toBeCloseTo(3100, 6);
	});
});
