import {describe, expect, it} from 'vitest';
import type {Budget} from '../../source/analysis/budgets.js';
import type {IsoDate} from '../../source/dates.js';
import {budgetReport} from '../../source/insights/budget-report.js';
import {amountToNumber} from '../../source/money.js';
import {TODAY, demoEngine} from './demo-engine.js';

const s3 = 'Amazon Simple Storage Service';
const budget = (name: string, monthlyAmount: number, scope: Budget['scope'] = {service: s3}): Budget => ({name, monthlyAmount, scope});

describe('budgetReport on the demo', () => {
	it('tells exceeded, will exceed (and on which day) and on track apart', async () => {
		const engine = demoEngine();
		const mtd = await engine.run({
			period: {start: '2026-11-01' as IsoDate, end: TODAY},
			granularity: 'MONTHLY',
			metric: 'UnblendedCost',
			groupBy: [],
			filter: {Dimensions: {Key: 'SERVICE', Values: [s3]}},
			scope: {source: 'demo'},
		});
		const spent = amountToNumber(mtd.total);
		const report = await budgetReport(engine, [budget('tight', spent / 2), budget('close', spent * 1.1), budget('roomy', spent * 3)], {scope: {source: 'demo'}});
		const [tight, close, roomy] = report.statuses;
		expect(tight!.state.kind).toBe('exceeded');
		expect(tight!.state.kind === 'exceeded' && tight!.state.on < TODAY).toBe(true);
		expect(close!.state.kind).toBe('will-exceed');
		expect(close!.state.kind === 'will-exceed' && close!.state.on >= TODAY && close!.state.on < '2026-12-01').toBe(true);
		expect(close!.message).toMatch(/^will exceed by \$[\d,.]+ on the \d+(st|nd|rd|th)$/);
		expect(roomy!.state.kind).toBe('on-track');
		for (const status of report.statuses) expect(amountToNumber(status.spent)).toBeCloseTo(spent, 2);
		expect(amountToNumber(close!.projected)).toBeGreaterThan(spent);
	});

	it('filters by account and tag as well, and answers nothing for no budgets', async () => {
		const engine = demoEngine();
		const report = await budgetReport(
			engine,
			[budget('prod', 1e9, {account: '318274650193'}), budget('web', 1e9, {tag: {key: 'team', value: 'web'}}), budget('all', 1e9, {})],
			{scope: {source: 'demo'}},
		);
		const [prod, web, all] = report.statuses.map(status => amountToNumber(status.spent));
		expect(prod).toBeGreaterThan(0);
		expect(web).toBeGreaterThan(0);
		expect(all).toBeGreaterThan(prod!);
		expect(all).toBeGreaterThan(web!);
		expect((await budgetReport(engine, [], {scope: {source: 'demo'}})).statuses).toEqual([]);
	});
});
