import {type IsoDate, addDays} from '../../dates.js';
import {amountFromNumber, amountToNumber, formatAmount} from '../../money.js';
import type {CostRow} from '../../rows.js';
import {type SavingsDetail, type SavingsRecommendation, sortRecommendations} from '../savings.js';

/** What one instance type cost over a month. */
export interface InstanceSpend {
	readonly service: string;
	readonly instanceType: string;
	readonly monthlyCost: number;
}

/**
 * Rows grouped by [SERVICE, INSTANCE_TYPE] over `lookbackDays` days → spend
 * per instance type scaled to a 30-day month. Rows without an instance type
 * (storage, requests) are left out.
 */
export function instanceSpendFromRows(rows: Iterable<CostRow>, lookbackDays: number): InstanceSpend[] {
	const sums = new Map<string, InstanceSpend>();
	for (const row of rows) {
		const [service = '', instanceType = ''] = row.keys;
		if (!instanceType || instanceType === 'NoInstanceType') continue;
		const id = `${service}\u0000${instanceType}`;
		const monthly = (amountToNumber(row.amount) * 30) / Math.max(1, lookbackDays);
		const existing = sums.get(id);
		sums.set(id, {service, instanceType, monthlyCost: (existing?.monthlyCost ?? 0) + monthly});
	}
	return [...sums.values()].sort((a, b) => b.monthlyCost - a.monthlyCost || (a.instanceType < b.instanceType ? -1 : 1));
}

// Illustrative rules of thumb, not AWS prices: a quarter of a busy fleet runs
// idle enough to drop a size (half the price); a 1-year no-upfront Compute
// Savings Plan takes ~27% off the 70% of EC2 spend that never goes away; a
// 1-year no-upfront reservation takes ~30% off the 80% of database spend that
// runs around the clock.
const RIGHTSIZABLE_SHARE = 0.25;
const ONE_SIZE_DOWN_SAVING = 0.5;
const SAVINGS_PLAN_COVERAGE = 0.7;
const SAVINGS_PLAN_DISCOUNT = 0.27;
const RESERVATION_COVERAGE = 0.8;
const RESERVATION_DISCOUNT = 0.3;
const HOURS_PER_MONTH = 730;
const SIZES = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'];
const RESERVABLE = new Set([
	'Amazon Relational Database Service',
	'Amazon RDS',
	'Amazon ElastiCache',
	'Amazon Redshift',
	'Amazon OpenSearch Service',
	'Amazon MemoryDB',
]);

const usd = (value: number) => formatAmount(amountFromNumber(value));
const isEc2 = (service: string) => service === 'Amazon EC2' || service.startsWith('Amazon Elastic Compute Cloud');

/** "m5.2xlarge" → "m5.xlarge"; undefined at the smallest size or for an unknown one. */
export function oneSizeDown(instanceType: string): string | undefined {
	const parts = instanceType.split('.');
	const size = parts.at(-1) ?? '';
	const index = SIZES.indexOf(size);
	if (index <= 0) return undefined;
	return [...parts.slice(0, -1), SIZES[index - 1]].join('.');
}

function rightsizing(ec2: readonly InstanceSpend[], lookback: readonly SavingsDetail[]): SavingsRecommendation[] {
	return ec2.slice(0, 3).flatMap(item => {
		const target = oneSizeDown(item.instanceType);
		const saving = item.monthlyCost * RIGHTSIZABLE_SHARE * ONE_SIZE_DOWN_SAVING;
		if (!target || saving < 1) return [];
		return [
			{
				id: `demo:rightsizing:${item.instanceType}`,
				kind: 'rightsizing',
				title: `Resize under-used ${item.instanceType} → ${target}`,
				action: `Move the ${item.instanceType} instances that peak below 40% CPU to ${target}.`,
				estimatedMonthlySavings: amountFromNumber(saving),
				details: [{label: 'Monthly spend on this type', value: usd(item.monthlyCost)}, {label: 'Max CPU (under-used share)', value: '< 40%'}, ...lookback],
				source: 'demo',
			},
		];
	});
}

function computeSavingsPlan(ec2: readonly InstanceSpend[], lookback: readonly SavingsDetail[]): SavingsRecommendation[] {
	const ec2Monthly = ec2.reduce((sum, item) => sum + item.monthlyCost, 0);
	const saving = ec2Monthly * SAVINGS_PLAN_COVERAGE * SAVINGS_PLAN_DISCOUNT;
	if (saving < 1) return [];
	const hourly = (ec2Monthly * SAVINGS_PLAN_COVERAGE * (1 - SAVINGS_PLAN_DISCOUNT)) / HOURS_PER_MONTH;
	const commitment = `${formatAmount(amountFromNumber(hourly), 'USD', 3)}/hour`;
	return [
		{
			id: 'demo:savings-plan:compute',
			kind: 'savings-plan',
			title: `Compute Savings Plan: commit ${commitment}`,
			action: `Buy a 1-year, No Upfront Compute Savings Plan committing ${commitment}.`,
			estimatedMonthlySavings: amountFromNumber(saving),
			details: [{label: 'EC2 on-demand spend', value: `${usd(ec2Monthly)}/month`}, {label: 'Savings', value: `${SAVINGS_PLAN_DISCOUNT * 100}%`}, ...lookback],
			source: 'demo',
		},
	];
}

function reservations(spend: readonly InstanceSpend[], lookback: readonly SavingsDetail[]): SavingsRecommendation[] {
	return spend.flatMap(item => {
		const saving = item.monthlyCost * RESERVATION_COVERAGE * RESERVATION_DISCOUNT;
		if (!RESERVABLE.has(item.service) || saving < 1) return [];
		return [
			{
				id: `demo:reservation:${item.service}:${item.instanceType}`,
				kind: 'reservation',
				title: `Reserve ${item.instanceType} (${item.service})`,
				action: `Buy 1-year, No Upfront reservations for the ${item.instanceType} capacity that runs around the clock.`,
				estimatedMonthlySavings: amountFromNumber(saving),
				details: [{label: 'Monthly spend on this type', value: usd(item.monthlyCost)}, {label: 'Savings', value: `${RESERVATION_DISCOUNT * 100}%`}, ...lookback],
				source: 'demo',
			},
		];
	});
}

/**
 * Plausible savings advice made from the demo's own spend, so the savings
 * view has something true to the demo to show offline. Deterministic; every
 * item says source: 'demo'. `generatedOn` only labels the lookback.
 */
export function demoSavingsRecommendations(spend: readonly InstanceSpend[], generatedOn?: IsoDate): SavingsRecommendation[] {
	const lookback = generatedOn ? [{label: 'Based on', value: `${addDays(generatedOn, -30)} … ${addDays(generatedOn, -1)}`}] : [];
	const ec2 = spend.filter(item => isEc2(item.service));
	return sortRecommendations([...rightsizing(ec2, lookback), ...computeSavingsPlan(ec2, lookback), ...reservations(spend, lookback)]);
}
