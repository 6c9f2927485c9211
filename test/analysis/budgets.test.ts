import {describe, expect, it} from 'vitest';
import {type Budget, budgetFilter, budgetStatus, ordinalDay} from '../../source/analysis/budgets.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToNumber} from '../../source/money.js';
import {buildSeries} from './synthetic-series.js';

const today = '2026-03-10' as IsoDate;
const steady = buildSeries('2026-01-01', 68, () => 100);
const budget = (monthlyAmount: number): Budget => ({name: 'team', monthlyAmount, scope: {}});

describe('budgetStatus', () => {
	it('names the day the projection crosses the budget', () => {
		const status = budgetStatus(budget(2350), steady, today);
		expect(status.state).toMatchObject({kind: 'will-exceed', on: '2026-03-24'});
		expect(status.message).toBe('will exceed by $750.00 on the 24th');
		expect(amountToNumber(status.spent)).toBeCloseTo(900, 6);
		expect(status.percentUsed).toBeCloseTo((900 / 2350) * 100, 6);
	});

	it('says when the budget was already exceeded', () => {
		const status = budgetStatus(budget(850), steady, today);
		expect(status.state).toMatchObject({kind: 'exceeded', on: '2026-03-09'});
		expect(status.message).toMatch(/^exceeded on the 9th/);
	});

	it('is on track when the month stays under', () => {
		const status = budgetStatus(budget(5000), steady, today);
		expect(status.state.kind).toBe('on-track');
		expect(status.message).toBe('on track ($1,900.00 to spare)');
		expect(status.projectedPercent).toBeCloseTo(62, 6);
	});

	it('treats a month exactly on budget as on track', () => {
		expect(budgetStatus(budget(3100), steady, today).state.kind).toBe('on-track');
	});

	it('rejects a budget of zero', () => {
		expect(() => budgetStatus(budget(0), steady, today)).toThrow(/above zero/);
	});
});

describe('budgetFilter', () => {
	it.each([
		[{}, undefined],
		[{service: 'Amazon EC2'}, {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}}],
		[
			{account: '111122223333', tag: {key: 'team', value: 'data'}},
			{And: [{Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['111122223333']}}, {Tags: {Key: 'team', Values: ['data'], MatchOptions: ['EQUALS']}}]},
		],
	])('scope %j → %j', (scope, expected) => {
		expect(budgetFilter({name: 'b', monthlyAmount: 1, scope})).toEqual(expected);
	});
});

describe('ordinalDay', () => {
	it.each([
		['2026-03-01', '1st'],
		['2026-03-02', '2nd'],
		['2026-03-03', '3rd'],
		['2026-03-04', '4th'],
		['2026-03-11', '11th'],
		['2026-03-12', '12th'],
		['2026-03-13', '13th'],
		['2026-03-21', '21st'],
		['2026-03-22', '22nd'],
		['2026-03-30', '30th'],
	])('%s → %s', (date, expected) => {
		expect(ordinalDay(date as IsoDate)).toBe(expected);
	});
});
