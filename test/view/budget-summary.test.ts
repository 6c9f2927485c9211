import {describe, expect, test} from 'vitest';
import {type Budget, budgetStatus, noDataStatus} from '../../source/analysis/budgets.js';
import {type IsoDate, eachDay} from '../../source/dates.js';
import {budgetAtRisk, budgetHeaderText, mostUrgentBudget} from '../../source/view/budget-summary.js';

const today = '2026-11-20' as IsoDate;
/** $100 a day since October, so November's first 19 days cost $1,900 and the month about $3,000. */
const series = eachDay({start: '2026-10-01' as IsoDate, end: today}).map(date => ({date, amount: 100}));
const status = (name: string, monthlyAmount: number) => budgetStatus({name, monthlyAmount, scope: {}} satisfies Budget, series, today);

describe('budgetHeaderText', () => {
	test('one budget: its name, amount, share used and what will happen', () => {
		expect(budgetHeaderText([status('Prod', 2_500)])).toBe('budget Prod $2,500: 76% · will exceed by $500.00 on the 26th');
		expect(budgetHeaderText([status('Prod', 10_000)])).toBe('budget Prod $10,000: 19% · on track');
		expect(budgetHeaderText([status('Tight', 1_000.5)])).toBe('budget Tight $1,000.50: 190% · exceeded on the 11th; projected $1,999.50 over by month end');
	});

	test('several: the most urgent first, and how many more there are', () => {
		const statuses = [status('Loose', 10_000), status('Later', 2_900), status('Sooner', 2_500), status('Over', 1_500)];
		expect(mostUrgentBudget(statuses)?.budget.name).toBe('Over');
		expect(mostUrgentBudget(statuses.slice(0, 3))?.budget.name).toBe('Sooner');
		expect(mostUrgentBudget([status('Loose', 10_000), status('Closer', 5_000)])?.budget.name).toBe('Closer');
		expect(budgetHeaderText(statuses)).toMatch(/^budget Over \$1,500: 127% · exceeded on the 16th.*\(\+3 more\)$/);
	});

	test('none configured: nothing to show, nothing at risk', () => {
		expect(budgetHeaderText([])).toBeUndefined();
		expect(budgetAtRisk([])).toBe(false);
		expect(budgetAtRisk([status('Prod', 10_000)])).toBe(false);
		expect(budgetAtRisk([status('Prod', 2_500)])).toBe(true);
	});

	test('a budget that matched nothing says so instead of "0% · on track", after the ones over and before the ones on track', () => {
		const s3 = noDataStatus({name: 'S3', monthlyAmount: 100, scope: {service: 'S3'}}, today);
		expect(budgetHeaderText([s3])).toBe('budget S3 $100: no spend found for SERVICE=S3 — check the filter');
		expect(budgetAtRisk([s3])).toBe(false);
		expect(mostUrgentBudget([status('Loose', 10_000), s3])?.budget.name).toBe('S3');
		expect(mostUrgentBudget([s3, status('Sooner', 2_500)])?.budget.name).toBe('Sooner');
		expect(noDataStatus({name: 'All', monthlyAmount: 100, scope: {}}, today).message).toBe('no spend found for the whole bill — check the scope');
	});
});
