import {describe, expect, it} from 'vitest';
import {compareWithPrevious, runWithPrevious} from '../../source/application/period-with-previous.js';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {amountToString} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import {FakeCostSource} from '../view/fake-source.js';

const today = '2026-11-25' as IsoDate;
const monthSoFar: CostQuery = {
	period: {start: '2026-11-01' as IsoDate, end: today},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'demo'},
};

describe('this period and the one it is compared with', () => {
	it('compares a month so far with the same days of last month, both through the engine', async () => {
		const source = new FakeCostSource();
		const engine = new CostEngine({source, today});
		const figures = await compareWithPrevious(engine, monthSoFar);
		expect(figures.comparison).toEqual({start: '2026-10-01', end: '2026-10-25'});
		expect(source.queries.map(query => query.period)).toEqual([monthSoFar.period, figures.comparison]);
		expect(figures.previous?.query.period).toEqual(figures.comparison);
		const asked = await new CostEngine({source: new FakeCostSource(), today}).run({...monthSoFar, period: figures.comparison});
		expect(amountToString(figures.previous!.total)).toBe(amountToString(asked.total));
		expect(engine.sessionStats.billableRequests).toBe(2);
	});

	it('takes the comparison asked for, and follows the pages of the current period only', async () => {
		const engine = new CostEngine({source: new FakeCostSource({pageSize: 1}), today});
		const comparison = {start: '2025-11-01' as IsoDate, end: '2025-11-25' as IsoDate};
		const pages: number[] = [];
		const {current, previous} = runWithPrevious(engine, monthSoFar, {comparison, onPage: (_page, rows) => pages.push(rows)});
		const [now, then] = await Promise.all([current, previous]);
		expect(then.query.period).toEqual(comparison);
		expect(pages).toEqual(now.rows.map((_row, index) => index + 1));
	});

	it('keeps the current figures when the previous period fails, with the reason', async () => {
		// Fourteen months back is beyond the history Cost Explorer keeps.
		const engine = new CostEngine({source: new FakeCostSource(), today});
		const figures = await compareWithPrevious(engine, monthSoFar, {comparison: {start: '2025-01-01' as IsoDate, end: '2025-01-25' as IsoDate}});
		expect(figures.current.empty).toBe(false);
		expect(figures.previous).toBeUndefined();
		expect(figures.previousMessage).toMatch(/keeps 13 months of history/);
	});
});
