import {describe, expect, it} from 'vitest';
import {detectAnomalies, detectGroupAnomalies} from '../../source/analysis/anomalies.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToNumber} from '../../source/money.js';
import {WEEKLY_SHAPE, buildSeries, seededNormal} from './synthetic-series.js';

const start = '2026-01-05';
const dayOf = (index: number) => buildSeries(start, index + 1, () => 0).at(-1)!.date;

function noisySeasonal(seed: number, days = 140, level = 500) {
	const noise = seededNormal(seed);
	return buildSeries(start, days, index => level + 0.5 * index + WEEKLY_SHAPE[index % 7]! + 10 * noise());
}

describe('detectAnomalies', () => {
	it('finds injected spikes and a drop on the right days with the right impact', () => {
		const base = noisySeasonal(1);
		const series = base.map((point, index) => {
			if (index === 60) return {...point, amount: point.amount - 250};
			if (index === 80) return {...point, amount: point.amount + 200};
			if (index === 100 || index === 101) return {...point, amount: point.amount + 150};
			return point;
		});
		const anomalies = detectAnomalies(series);
		expect(anomalies.map(anomaly => [anomaly.period.start, anomaly.lastDay, anomaly.direction])).toEqual([
			[dayOf(60), dayOf(60), 'drop'],
			[dayOf(80), dayOf(80), 'spike'],
			[dayOf(100), dayOf(101), 'spike'],
		]);
		const impacts = anomalies.map(anomaly => amountToNumber(anomaly.impact));
		expect(impacts[0]).toBeGreaterThan(-250 - 40);
		expect(impacts[0]).toBeLessThan(-250 + 40);
		expect(Math.abs(impacts[1]! - 200)).toBeLessThan(40);
		expect(Math.abs(impacts[2]! - 300)).toBeLessThan(60);
		expect(anomalies[2]!.days).toHaveLength(2);
		expect(anomalies[1]!.maxScore).toBeGreaterThan(3.5);
		expect(amountToNumber(anomalies[1]!.actual) - amountToNumber(anomalies[1]!.expected)).toBeCloseTo(impacts[1]!, 6);
	});

	it('finds nothing in a quiet seasonal series with steady growth', () => {
		expect(detectAnomalies(noisySeasonal(2))).toEqual([]);
		expect(detectAnomalies(buildSeries(start, 120, index => 100 * 1.01 ** index + WEEKLY_SHAPE[index % 7]!))).toEqual([]);
	});

	it('ignores blips below the dollar and relative floors', () => {
		const tiny = buildSeries(start, 70, index => (index === 50 ? 3.5 : 0.5));
		expect(detectAnomalies(tiny)).toEqual([]);
		const big = buildSeries(start, 70, index => (index === 50 ? 10_400 : 10_000));
		expect(detectAnomalies(big)).toEqual([]);
		expect(detectAnomalies(big, {minimumRelativeImpact: 0.01})).toHaveLength(1);
	});

	it('flags a new cost appearing on a flat series', () => {
		const series = buildSeries(start, 70, index => (index === 55 ? 140 : 100));
		const [anomaly] = detectAnomalies(series);
		expect(anomaly!.period).toEqual({start: dayOf(55), end: dayOf(56)});
		expect(amountToNumber(anomaly!.impact)).toBeCloseTo(40, 6);
	});

	it.each([
		['empty', []],
		['a single day', [{date: '2026-03-01' as IsoDate, amount: 1000}]],
		['all zeros', buildSeries(start, 90, () => 0)],
		['too short to judge', buildSeries(start, 20, index => (index === 19 ? 900 : 10))],
	])('returns none for %s', (_name, series) => {
		expect(detectAnomalies(series)).toEqual([]);
	});

	it('reports only from reportFrom on and rejects bad input', () => {
		const series = noisySeasonal(3).map((point, index) => (index === 70 || index === 110 ? {...point, amount: point.amount + 300} : point));
		expect(detectAnomalies(series, {reportFrom: dayOf(100)}).map(anomaly => anomaly.period.start)).toEqual([dayOf(110)]);
		expect(() => detectAnomalies([{date: '2026-01-01' as IsoDate, amount: Number.POSITIVE_INFINITY}])).toThrow(/not a number/);
		expect(() => detectAnomalies(series, {threshold: 0})).toThrow(/threshold/);
	});
});

describe('detectGroupAnomalies', () => {
	it('names the group and puts the largest impact first', () => {
		const bump = (seed: number, extra: number) => noisySeasonal(seed).map((point, index) => (index === 90 ? {...point, amount: point.amount + extra} : point));
		const anomalies = detectGroupAnomalies(
			new Map([
				['Amazon S3', bump(4, 120)],
				['Amazon EC2', bump(5, 400)],
				['AWS Lambda', noisySeasonal(6)],
			]),
		);
		expect(anomalies.map(anomaly => anomaly.group)).toEqual(['Amazon EC2', 'Amazon S3']);
	});
});
