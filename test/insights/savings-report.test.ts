import {describe, expect, it} from 'vitest';
import {savingsReport} from '../../source/insights/savings-report.js';
import {amountToNumber, compareAmounts, sumAmounts} from '../../source/money.js';
import {TODAY, demoEngine} from './demo-engine.js';

describe('savingsReport on the demo', () => {
	it('lists every kind of advice, largest saving first, each with what to do, plus coverage and utilization', async () => {
		const report = await savingsReport(demoEngine());
		const {recommendations} = report;
		expect(report.source).toBe('demo');
		expect(report.generatedOn).toBe(TODAY);
		expect(new Set(recommendations.map(item => item.kind))).toEqual(new Set(['rightsizing', 'savings-plan', 'reservation']));
		for (const [index, item] of recommendations.entries()) {
			expect(item.source).toBe('demo');
			expect(item.action).toMatch(/^(Buy|Move) /);
			if (index > 0) expect(compareAmounts(recommendations[index - 1]!.estimatedMonthlySavings, item.estimatedMonthlySavings)).toBeGreaterThanOrEqual(0);
		}
		expect(report.totalMonthlySavings).toBe(sumAmounts(recommendations.map(item => item.estimatedMonthlySavings)));
		expect(report.period).toEqual({start: '2026-10-26', end: TODAY});
		const coverage = report.coverage!.total;
		expect(coverage.coveragePercent).toBeGreaterThan(0);
		expect(coverage.coveragePercent).toBeLessThan(100);
		expect(coverage.reservedHours + coverage.onDemandHours).toBeCloseTo(coverage.totalRunningHours, 6);
		// The demo bills its reservations as 95% used.
		expect(report.utilization!.total.utilizationPercent).toBeCloseTo(95, 3);
		expect(amountToNumber(report.utilization!.total.netSavings)).toBeGreaterThan(0);
		expect(report.gaps).toEqual([]);
	});

	it('says so when a source gives no savings advice', async () => {
		await expect(savingsReport(demoEngine({savings: undefined}))).rejects.toThrow(/gives no savings advice/);
	});
});
