import {describe, expect, it} from 'vitest';
import {formatBacktest, runForecastBacktest} from '../../source/analysis/backtest.js';
import {WEEKLY_SHAPE, buildSeries, seededNormal} from './synthetic-series.js';

describe('runForecastBacktest', () => {
	it('scores a perfectly seasonal series as (almost) error-free', () => {
		const series = buildSeries('2026-01-05', 120, index => 300 + WEEKLY_SHAPE[index % 7]!);
		const result = runForecastBacktest(series);
		expect(result.days).toBe(120);
		expect(result.horizons.map(horizon => horizon.horizon)).toEqual([7, 30]);
		for (const horizon of result.horizons) {
			expect(horizon.origins).toBeGreaterThan(5);
			expect(horizon.totalMape!).toBeLessThan(1e-6);
			expect(horizon.dailyMape!).toBeLessThan(1e-6);
		}
	});

	it('reports coverage as a share in [0, 1] and more for the wider interval', () => {
		const noise = seededNormal(99);
		const series = buildSeries('2026-01-05', 150, index => 400 + index + WEEKLY_SHAPE[index % 7]! + 25 * noise());
		for (const horizon of runForecastBacktest(series).horizons) {
			expect(horizon.coverage80!).toBeGreaterThanOrEqual(0);
			expect(horizon.coverage95!).toBeLessThanOrEqual(1);
			expect(horizon.coverage95!).toBeGreaterThanOrEqual(horizon.coverage80!);
			// Honest intervals on data the model describes well: near their nominal level.
			expect(horizon.coverage80!).toBeGreaterThan(0.6);
			expect(horizon.totalMape!).toBeLessThan(0.1);
		}
	});

	it('has no origins, and null figures, when the series is too short', () => {
		const result = runForecastBacktest(buildSeries('2026-01-05', 40, () => 10), {horizons: [30]});
		expect(result.horizons[0]).toEqual({horizon: 30, origins: 0, totalMape: null, dailyMape: null, coverage80: null, coverage95: null});
		expect(formatBacktest(result.horizons[0]!)).toBe('30d: total MAPE n/a, daily MAPE n/a, coverage n/a / n/a (0 origins)');
	});

	it('skips zero days in the daily error and rejects a bad step', () => {
		const series = buildSeries('2026-01-05', 70, index => (index % 7 === 6 ? 0 : 50));
		const [week] = runForecastBacktest(series, {horizons: [7]}).horizons;
		expect(Number.isFinite(week!.dailyMape!)).toBe(true);
		expect(() => runForecastBacktest(series, {step: 0})).toThrow(/whole numbers/);
	});
});
