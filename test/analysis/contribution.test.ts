import {describe, expect, it} from 'vitest';
import {detectAnomalies} from '../../source/analysis/anomalies.js';
import {type ChildBreakdown, explainAnomaly} from '../../source/analysis/contribution.js';
import type {DailyPoint} from '../../source/analysis/daily-series.js';
import {toSourceAnomaly} from '../../source/analysis/source-anomaly.js';
import {WEEKLY_SHAPE, buildSeries, seededNormal} from './synthetic-series.js';

const start = '2026-01-05';
const spikeDays = new Set([84, 85]);

function child(seed: number, level: number, spike = 0): DailyPoint[] {
	const noise = seededNormal(seed);
	return buildSeries(start, 100, index => level * (1 + WEEKLY_SHAPE[index % 7]! / 300) + 0.02 * level * noise() + (spikeDays.has(index) ? spike : 0));
}

function sum(...series: DailyPoint[][]): DailyPoint[] {
	return series[0]!.map((point, index) => ({date: point.date, amount: series.reduce((total, each) => total + each[index]!.amount, 0)}));
}

// EC2 = BoxUsage (us-east-1 spikes, eu-west-1 quiet) + DataTransfer; the same split by region.
const boxEast = child(1, 300, 400);
const boxWest = child(2, 150);
const transferEast = child(3, 60);
const transferWest = child(4, 40);
const box = sum(boxEast, boxWest);
const transfer = sum(transferEast, transferWest);
const ec2 = sum(box, transfer);

const breakdown: ChildBreakdown = new Map([
	[
		'USAGE_TYPE',
		new Map<string, DailyPoint[] | {series: DailyPoint[]; children: ChildBreakdown}>([
			['BoxUsage:m5.xlarge', {series: box, children: new Map([['REGION', new Map([['us-east-1', boxEast], ['eu-west-1', boxWest]])]])}],
			['DataTransfer-Out-Bytes', transfer],
		]),
	],
	['REGION', new Map([['us-east-1', sum(boxEast, transferEast)], ['eu-west-1', sum(boxWest, transferWest)]])],
]);

describe('explainAnomaly', () => {
	const [anomaly] = detectAnomalies(ec2, {}, 'Amazon EC2');

	it('finds the two-day spike', () => {
		expect(anomaly).toBeDefined();
		expect(anomaly!.days.length).toBe(2);
	});

	it('ranks the child that moved first, with most of the impact', () => {
		const dimensions = explainAnomaly(anomaly!, breakdown);
		expect(dimensions.map(dimension => dimension.dimension).sort()).toEqual(['REGION', 'USAGE_TYPE']);
		for (const dimension of dimensions) {
			const [top] = dimension.contributors;
			expect(top!.share).toBeGreaterThan(0.85);
			expect(top!.share).toBeLessThan(1.15);
		}
		const usage = dimensions.find(dimension => dimension.dimension === 'USAGE_TYPE')!;
		expect(usage.contributors.map(contributor => contributor.key)).toEqual(['BoxUsage:m5.xlarge']);
		expect(dimensions.find(dimension => dimension.dimension === 'REGION')!.contributors[0]!.key).toBe('us-east-1');
	});

	it('goes a second level down where the caller gave one', () => {
		const usage = explainAnomaly(anomaly!, breakdown).find(dimension => dimension.dimension === 'USAGE_TYPE')!;
		const [region] = usage.contributors[0]!.causes;
		expect(region!.dimension).toBe('REGION');
		expect(region!.contributors[0]!.key).toBe('us-east-1');
		expect(region!.contributors[0]!.share).toBeGreaterThan(0.85);
		expect(usage.contributors[0]!.causes).toHaveLength(1);
	});

	it('treats a child that appeared during the anomaly as wholly new cost', () => {
		const fresh = buildSeries(start, 100, index => (spikeDays.has(index) ? 400 : 0));
		const dimensions = explainAnomaly(anomaly!, new Map([['RESOURCE_ID', new Map([['i-0abc', fresh], ['i-0old', child(9, 10)]])]]));
		expect(dimensions[0]!.contributors[0]!.key).toBe('i-0abc');
		expect(dimensions[0]!.contributors).toHaveLength(1);
	});

	it('copes with an empty breakdown and empty children', () => {
		expect(explainAnomaly(anomaly!, new Map())).toEqual([]);
		expect(explainAnomaly(anomaly!, new Map([['REGION', new Map([['us-east-1', []]])]]))).toEqual([{dimension: 'REGION', contributors: []}]);
	});
});

describe('toSourceAnomaly', () => {
	it('reports the anomaly as Cost Explorer would, with the leading causes', () => {
		const [anomaly] = detectAnomalies(ec2, {}, 'Amazon EC2');
		const reported = toSourceAnomaly(anomaly!, 'SERVICE', explainAnomaly(anomaly!, breakdown));
		expect(reported).toMatchObject({start: anomaly!.period.start, end: anomaly!.lastDay, dimensionValue: 'Amazon EC2', impact: anomaly!.impact});
		expect(reported.rootCauses).toEqual([{service: 'Amazon EC2', usageType: 'BoxUsage:m5.xlarge', region: 'us-east-1'}]);
		expect(toSourceAnomaly(anomaly!).rootCauses).toEqual([]);
	});
});
