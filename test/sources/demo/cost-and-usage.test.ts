import {describe, expect, it} from 'vitest';
import {totalOf, totalsByGroup} from '../../../source/aggregate.js';
import {addDays, eachDay} from '../../../source/dates.js';
import {CostError} from '../../../source/errors.js';
import {type Amount, amountToNumber} from '../../../source/money.js';
import {type GroupBy, METRICS, type Metric} from '../../../source/query.js';
import type {CostRow} from '../../../source/rows.js';
import {createDemoSource, demoInjectedSpikes} from '../../../source/sources/demo/index.js';
import {earliestDailyDate} from '../../../source/validate.js';
import {TODAY, demoQuery, pagesOf, period, rowsOf} from './demo-query.js';

const source = createDemoSource({today: TODAY});
const historyStart = earliestDailyDate(TODAY);
const lastWeek = period('2026-11-10', '2026-11-17');
const dimension = (key: Extract<GroupBy, {type: 'DIMENSION'}>['key']): GroupBy => ({type: 'DIMENSION', key});

const serialized = (rows: readonly CostRow[]): string => JSON.stringify(rows, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/** Sums rows per bucket start. */
function totalsByStart(rows: readonly CostRow[]): Map<string, Amount> {
	const totals = new Map<string, Amount>();
	for (const row of rows) totals.set(row.start, ((totals.get(row.start) ?? 0n) + row.amount) as Amount);
	return totals;
}

describe('demo costAndUsage: determinism', () => {
	it('gives the same rows, byte for byte, for the same seed, today and query', async () => {
		const query = demoQuery({period: lastWeek, groupBy: [dimension('SERVICE'), {type: 'TAG', key: 'team'}]});
		const again = createDemoSource({today: TODAY, seed: 42});
		expect(serialized(await rowsOf(again, query))).toBe(serialized(await rowsOf(source, query)));
	});

	it('gives other amounts for another seed', async () => {
		const query = demoQuery({period: lastWeek});
		const other = await rowsOf(createDemoSource({today: TODAY, seed: 7}), query);
		expect(other.map(row => row.amount)).not.toEqual((await rowsOf(source, query)).map(row => row.amount));
	});
});

describe('demo costAndUsage: totals agree however they are cut', () => {
	const groupings: GroupBy[][] = [
		[dimension('SERVICE')],
		[dimension('LINKED_ACCOUNT')],
		[dimension('REGION'), dimension('USAGE_TYPE')],
		[{type: 'TAG', key: 'team'}],
		[{type: 'TAG', key: 'environment'}, dimension('LINKED_ACCOUNT')],
		[{type: 'COST_CATEGORY', key: 'Business Unit'}],
		[dimension('RECORD_TYPE'), dimension('PURCHASE_TYPE')],
		[dimension('INSTANCE_TYPE'), dimension('AZ')],
		[dimension('OPERATION')],
	];
	it.each(groupings.map(groupBy => [groupBy.map(group => group.key).join(' × '), groupBy] as const))(
		'each day, the groups by %s sum exactly to the ungrouped total',
		async (_, groupBy) => {
			const total = totalsByStart(await rowsOf(source, demoQuery({period: lastWeek})));
			const grouped = totalsByStart(await rowsOf(source, demoQuery({period: lastWeek, groupBy})));
			expect(grouped).toEqual(total);
		},
	);

	it.each(METRICS.map(metric => [metric]))('%s: groups sum to the total and MONTHLY sums DAILY', async (metric: Metric) => {
		const span = period('2026-09-20', '2026-11-05');
		const daily = await rowsOf(source, demoQuery({period: span, metric}));
		const grouped = await rowsOf(source, demoQuery({period: span, metric, groupBy: [dimension('SERVICE')]}));
		const monthly = await rowsOf(source, demoQuery({period: span, metric, granularity: 'MONTHLY'}));
		expect(totalOf(grouped)).toBe(totalOf(daily));
		expect(totalOf(monthly)).toBe(totalOf(daily));
		expect(totalOf(daily)).toBeGreaterThan(0n);
	});

	it('cuts MONTHLY buckets at the period ends, and each bucket is the sum of its days, per group', async () => {
		const span = period('2026-08-15', '2026-10-10');
		const groupBy = [dimension('LINKED_ACCOUNT')];
		const monthly = await rowsOf(source, demoQuery({period: span, granularity: 'MONTHLY', groupBy}));
		expect([...new Set(monthly.map(row => `${row.start}..${row.end}`))]).toEqual([
			'2026-08-15..2026-09-01',
			'2026-09-01..2026-10-01',
			'2026-10-01..2026-10-10',
		]);
		const daily = await rowsOf(source, demoQuery({period: span, groupBy}));
		for (const row of monthly) {
			const days = daily.filter(day => day.start >= row.start && day.start < row.end && day.keys[0] === row.keys[0]);
			expect(row.amount).toBe(totalOf(days));
		}
	});
});

describe('demo costAndUsage: what the rows look like', () => {
	it('starts the history on the first of the 13th month back and has no rows before it', async () => {
		const rows = await rowsOf(source, demoQuery({period: {start: addDays(historyStart, -10), end: addDays(historyStart, 5)}}));
		expect(rows.map(row => row.start)).toEqual(eachDay({start: historyStart, end: addDays(historyStart, 5)}));
		const before = await pagesOf(source, demoQuery({period: {start: addDays(historyStart, -40), end: historyStart}}));
		expect(before.flatMap(page => page.rows)).toEqual([]);
		expect(before).toHaveLength(1);
		const monthlyBefore = await rowsOf(source, demoQuery({period: {start: addDays(historyStart, -40), end: addDays(historyStart, 3)}, granularity: 'MONTHLY'}));
		expect(monthlyBefore.map(row => [row.start, row.end])).toEqual([[historyStart, addDays(historyStart, 3)]]);
	});

	it('ends on today, and flags the last 3 days (and their month) as estimated', async () => {
		const rows = await rowsOf(source, demoQuery({period: {start: addDays(TODAY, -6), end: addDays(TODAY, 1)}}));
		expect(rows.map(row => row.estimated)).toEqual([false, false, false, false, true, true, true]);
		expect(rows.at(-1)!.start).toBe(TODAY);
		const monthly = await rowsOf(source, demoQuery({period: period('2026-10-01', '2026-11-21'), granularity: 'MONTHLY'}));
		expect(monthly.map(row => row.estimated)).toEqual([false, true]);
	});

	it('has an ungrouped row for every day even when nothing was spent, but omits zero groups', async () => {
		// Machine Learning was opened 9 months before today.
		const beforeLaunch = period('2025-12-01', '2025-12-08');
		const scope = {source: 'demo', account: '296481735027'} as const;
		const ungrouped = await rowsOf(source, demoQuery({period: beforeLaunch, scope}));
		expect(ungrouped).toHaveLength(7);
		expect(ungrouped.every(row => row.amount === 0n)).toBe(true);
		expect(await rowsOf(source, demoQuery({period: beforeLaunch, scope, groupBy: [dimension('SERVICE')]}))).toEqual([]);
		const grouped = await rowsOf(source, demoQuery({period: lastWeek, groupBy: [dimension('USAGE_TYPE'), dimension('LINKED_ACCOUNT')]}));
		expect(grouped.every(row => row.amount !== 0n)).toBe(true);
	});

	it('keeps money to at most 10 decimals, in USD', async () => {
		const rows = await rowsOf(source, demoQuery({period: lastWeek, groupBy: [dimension('USAGE_TYPE')], metric: 'AmortizedCost'}));
		expect(rows.every(row => row.amount % 100_000n === 0n && row.unit === 'USD')).toBe(true);
	});

	it('reports UsageQuantity in the usage type unit, and N/A when units mix', async () => {
		const rows = await rowsOf(source, demoQuery({period: lastWeek, metric: 'UsageQuantity', groupBy: [dimension('USAGE_TYPE')]}));
		const unitOf = (usageType: string): string | undefined => rows.find(row => row.keys[0] === usageType)?.unit;
		expect(unitOf('USE1-BoxUsage:m5.large')).toBe('Hrs');
		expect(unitOf('USW2-TimedStorage-ByteHrs')).toBe('GB-Mo');
		expect(unitOf('USE1-DataTransfer-Out-Bytes')).toBe('GB');
		const total = await rowsOf(source, demoQuery({period: lastWeek, metric: 'UsageQuantity'}));
		expect(total[0]!.unit).toBe('N/A');
	});

	it('books credits and refunds as negative amounts under RECORD_TYPE Credit and Refund', async () => {
		const year = {start: historyStart, end: addDays(TODAY, 1)};
		const rows = await rowsOf(source, demoQuery({period: year, granularity: 'MONTHLY', groupBy: [dimension('RECORD_TYPE')]}));
		const byType = totalsByGroup(rows);
		expect(byType.get('Credit')!.amount < 0n).toBe(true);
		expect(byType.get('Refund')!.amount < 0n).toBe(true);
		expect(rows.filter(row => row.keys[0] === 'Credit').every(row => row.amount < 0n)).toBe(true);
		expect(byType.get('Tax')!.amount > 0n).toBe(true);
	});

	it('makes amortized cost differ from unblended through reservations and savings plans', async () => {
		const month = period('2026-10-01', '2026-11-01');
		const byRecord = async (metric: Metric) =>
			totalsByGroup(await rowsOf(source, demoQuery({period: month, metric, granularity: 'MONTHLY', groupBy: [dimension('RECORD_TYPE')]})));
		const unblended = await byRecord('UnblendedCost');
		const amortized = await byRecord('AmortizedCost');
		expect(unblended.has('DiscountedUsage')).toBe(false);
		expect(amortized.get('DiscountedUsage')!.amount > 0n).toBe(true);
		expect(unblended.get('SavingsPlanNegation')!.amount).toBe(-unblended.get('SavingsPlanCoveredUsage')!.amount);
		expect(amortized.has('SavingsPlanNegation')).toBe(false);
		const total = (groups: typeof unblended) => amountToNumber(totalOf([...groups.values()].map(group => ({amount: group.amount}) as CostRow)));
		const ratio = total(amortized) / total(unblended);
		expect(ratio).toBeGreaterThan(1.01);
		expect(ratio).toBeLessThan(1.15);
	});

	it('takes a small discount off the Net metrics', async () => {
		const month = period('2026-10-01', '2026-11-01');
		const total = async (metric: Metric) => amountToNumber(totalOf(await rowsOf(source, demoQuery({period: month, metric, granularity: 'MONTHLY'}))));
		const [unblended, net] = [await total('UnblendedCost'), await total('NetUnblendedCost')];
		expect(net).toBeLessThan(unblended);
		expect(net).toBeGreaterThan(unblended * 0.95);
		expect(await total('NetAmortizedCost')).toBeLessThan(await total('AmortizedCost'));
	});

	it('spends less on weekends in development, and grows over the year', async () => {
		const scope = {source: 'demo', account: '539201847365'} as const;
		const rows = await rowsOf(source, demoQuery({period: period('2026-10-01', '2026-11-01'), scope}));
		const average = (weekend: boolean) => {
			const days = rows.filter(row => [0, 6].includes(new Date(`${row.start}T00:00:00Z`).getUTCDay()) === weekend);
			return amountToNumber(totalOf(days)) / days.length;
		};
		expect(average(true)).toBeLessThan(average(false) * 0.8);
		const monthly = await rowsOf(source, demoQuery({period: {start: historyStart, end: '2026-11-01' as typeof TODAY}, granularity: 'MONTHLY'}));
		expect(amountToNumber(monthly.at(-1)!.amount)).toBeGreaterThan(amountToNumber(monthly[0]!.amount) * 1.1);
	});

	it('shows each injected spike on its usage type and account', async () => {
		for (const spike of demoInjectedSpikes(TODAY)) {
			const rows = await rowsOf(
				source,
				demoQuery({
					period: {start: spike.days[0]!, end: addDays(spike.days.at(-1)!, 1)},
					groupBy: [dimension('USAGE_TYPE'), dimension('LINKED_ACCOUNT')],
					filter: {Dimensions: {Key: 'USAGE_TYPE', Values: [spike.usageType]}},
				}),
			);
			const line = rows.filter(row => row.keys[1] === spike.account);
			expect(line.map(row => row.start)).toEqual(spike.days);
			line.forEach((row, index) => expect(amountToNumber(row.amount)).toBeGreaterThan(spike.extraUsd[index]!));
		}
	});

	it('narrows to scope.account exactly as a LINKED_ACCOUNT filter does, and rejects an unknown account', async () => {
		const scoped = await rowsOf(source, demoQuery({period: lastWeek, scope: {source: 'demo', account: '863019472851'}}));
		const filtered = await rowsOf(source, demoQuery({period: lastWeek, filter: {Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['863019472851']}}}));
		expect(scoped).toEqual(filtered);
		await expect(rowsOf(source, demoQuery({period: lastWeek, scope: {source: 'demo', account: '000000000000'}}))).rejects.toBeInstanceOf(CostError);
	});

	it('has more than 2,500 (usage type, account) groups on a day, as the million-row benchmark needs', async () => {
		const day = {start: addDays(historyStart, 250), end: addDays(historyStart, 251)};
		const rows = await rowsOf(source, demoQuery({period: day, groupBy: [dimension('USAGE_TYPE'), dimension('LINKED_ACCOUNT')]}));
		expect(rows.length).toBeGreaterThan(2_500);
	});
});
