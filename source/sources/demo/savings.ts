import {demoSavingsRecommendations, instanceSpendFromRows} from './recommendations.js';
import type {ReservationCoverageSummary, ReservationUtilizationSummary} from '../reservation-health.js';
import {type Period, addDays} from '../../dates.js';
import {type Amount, ZERO, addAmounts, amountFromNumber, amountToNumber, subtractAmounts} from '../../money.js';
import type {CostQuery, Expression, Metric} from '../../query.js';
import type {CostRow} from '../../rows.js';
import type {SavingsAnswer} from '../source.js';
import {answerCostQuery} from './answer.js';
import type {DemoCatalogue} from './catalogue.js';

/** What the demo's reservations cover, as Cost Explorer's coverage does by default (plus RDS). */
const RESERVABLE_SERVICES = ['Amazon Elastic Compute Cloud - Compute', 'Amazon Relational Database Service'];
const LOOKBACK_DAYS = 30;
const NO_INSTANCE_TYPE = 'NoInstanceType';

async function rowsOf(catalogue: DemoCatalogue, query: CostQuery, signal?: AbortSignal): Promise<CostRow[]> {
	const rows: CostRow[] = [];
	for await (const page of answerCostQuery(catalogue, query, Number.MAX_SAFE_INTEGER, signal)) rows.push(...page.rows);
	return rows;
}

const byRecordAndInstance = (period: Period, metric: Metric, filter: Expression): CostQuery => ({
	period,
	granularity: 'MONTHLY',
	metric,
	groupBy: [
		{type: 'DIMENSION', key: 'RECORD_TYPE'},
		{type: 'DIMENSION', key: 'INSTANCE_TYPE'},
	],
	filter,
	scope: {source: 'demo'},
});

/** Sums per "record type / instance type", leaving out lines without an instance. */
function sumsByKey(rows: readonly CostRow[]): Map<string, number> {
	const sums = new Map<string, number>();
	for (const row of rows) {
		if (row.keys[1] === NO_INSTANCE_TYPE) continue;
		const key = row.keys.join('/');
		sums.set(key, (sums.get(key) ?? 0) + amountToNumber(row.amount));
	}
	return sums;
}

const sumWhere = (sums: ReadonlyMap<string, number>, recordTypes: readonly string[]): number =>
	[...sums].filter(([key]) => recordTypes.includes(key.split('/')[0]!)).reduce((total, [, value]) => total + value, 0);

/**
 * Coverage and utilization from the demo's own lines: reserved hours are its
 * DiscountedUsage, on-demand hours its Usage and Savings-Plan-covered hours;
 * utilization compares what the used reservations cost (amortized) with what
 * the unused part does (RI fees); net savings price the reserved hours at the
 * on-demand rate the same instance types pay.
 */
async function reservationHealth(
	catalogue: DemoCatalogue,
	period: Period,
	signal?: AbortSignal,
): Promise<{coverage: ReservationCoverageSummary; utilization: ReservationUtilizationSummary}> {
	const filter: Expression = {Dimensions: {Key: 'SERVICE', Values: RESERVABLE_SERVICES}};
	const hours = sumsByKey(await rowsOf(catalogue, byRecordAndInstance(period, 'UsageQuantity', filter), signal));
	const unblended = sumsByKey(await rowsOf(catalogue, byRecordAndInstance(period, 'UnblendedCost', filter), signal));
	const amortized = await rowsOf(catalogue, byRecordAndInstance(period, 'AmortizedCost', filter), signal);
	const reservedHours = sumWhere(hours, ['DiscountedUsage']);
	const onDemandHours = sumWhere(hours, ['Usage', 'SavingsPlanCoveredUsage']);
	const onDemandCost = amountFromNumber(sumWhere(unblended, ['Usage', 'SavingsPlanCoveredUsage']));
	let onDemandEquivalent = 0;
	for (const [key, reserved] of hours) {
		const [recordType, instanceType] = key.split('/');
		if (recordType !== 'DiscountedUsage') continue;
		const usageHours = hours.get(`Usage/${instanceType}`) ?? 0;
		const usageCost = unblended.get(`Usage/${instanceType}`) ?? 0;
		if (usageHours > 0) onDemandEquivalent += (reserved * usageCost) / usageHours;
	}
	const amortizedOf = (recordType: string): Amount =>
		amortized.filter(row => row.keys[0] === recordType).reduce((total, row) => addAmounts(total, row.amount), ZERO);
	const usedCost = amortizedOf('DiscountedUsage');
	const unusedCost = amortizedOf('RIFee');
	const paid = amountToNumber(usedCost) + amountToNumber(unusedCost);
	const utilization = paid === 0 ? null : amountToNumber(usedCost) / paid;
	const purchasedHours = utilization === null || utilization === 0 ? 0 : reservedHours / utilization;
	const total = reservedHours + onDemandHours;
	const coverageFigures = {
		coveragePercent: total === 0 ? null : (reservedHours / total) * 100,
		reservedHours,
		onDemandHours,
		totalRunningHours: total,
		onDemandCost,
	};
	const utilizationFigures = {
		utilizationPercent: utilization === null ? null : utilization * 100,
		purchasedHours,
		usedHours: reservedHours,
		unusedHours: Math.max(0, purchasedHours - reservedHours),
		netSavings: subtractAmounts(amountFromNumber(onDemandEquivalent), addAmounts(usedCost, unusedCost)),
		unusedCost,
	};
	return {
		coverage: {total: coverageFigures, byPeriod: [{start: period.start, end: period.end, figures: coverageFigures}]},
		utilization: {total: utilizationFigures, byPeriod: [{start: period.start, end: period.end, figures: utilizationFigures}]},
	};
}

/**
 * The demo's answer to the savings questions, made from its own last 30
 * days: on-demand spend per instance type becomes rightsizing, Savings Plan
 * and reservation advice (demoSavingsRecommendations), and its reservations
 * give coverage and utilization. Every recommendation says source: 'demo'.
 */
export async function demoSavings(catalogue: DemoCatalogue, signal?: AbortSignal): Promise<SavingsAnswer> {
	const period: Period = {start: addDays(catalogue.today, -LOOKBACK_DAYS), end: catalogue.today};
	const onDemand: CostQuery = {
		period,
		granularity: 'MONTHLY',
		metric: 'UnblendedCost',
		groupBy: [
			{type: 'DIMENSION', key: 'SERVICE'},
			{type: 'DIMENSION', key: 'INSTANCE_TYPE'},
		],
		filter: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Usage']}},
		scope: {source: 'demo'},
	};
	const spend = instanceSpendFromRows(await rowsOf(catalogue, onDemand, signal), LOOKBACK_DAYS);
	const {coverage, utilization} = await reservationHealth(catalogue, period, signal);
	return {recommendations: demoSavingsRecommendations(spend, catalogue.today), coverage, utilization, period, gaps: []};
}
