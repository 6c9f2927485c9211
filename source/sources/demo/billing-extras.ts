import {type IsoDate, addDays, dayNumber, eachDay, ymd} from '../../dates.js';
import {earliestDailyDate} from '../../validate.js';
import {type DraftLine, type SeriesIds, accountLaunchDay} from './draft-line.js';
import {type CostFactors, type DemoLeaf, NET_DISCOUNT, normalizationFactor, undiscountedFactors, usageFactors} from './leaf.js';
import {DEMO_ACCOUNTS} from './organization.js';
import {hashString, hashUnit} from './prng.js';
import type {SeriesSpec} from './series.js';
import {
	EC2_COMPUTE,
	SAVINGS_PLANS_SERVICE,
	SUPPORT_SERVICE,
	TAX_SERVICE,
	demoServiceByName,
} from './services.js';

interface CommitmentRule {
	readonly kind: 'reserved' | 'savings-plan';
	/** Share of the line's usage today that the commitment covers. */
	readonly coverage: number;
	readonly accounts: readonly string[];
	readonly covers: (line: DraftLine) => boolean;
}

const RDS = 'Amazon Relational Database Service';

/** What the organization has committed to; the first rule that covers a line applies. */
const COMMITMENT_RULES: readonly CommitmentRule[] = [
	{kind: 'reserved', coverage: 0.5, accounts: ['Production'], covers: line => line.usageType === 'USE1-BoxUsage:m5.xlarge'},
	{
		kind: 'reserved',
		coverage: 0.75,
		accounts: ['Production', 'Payments Production'],
		covers: line => line.service.name === RDS && line.template.instanceType !== undefined && line.region === line.account.regions[0],
	},
	{
		kind: 'savings-plan',
		coverage: 0.55,
		accounts: ['Production', 'Payments Production', 'Data Platform', 'Shared Services'],
		covers: line =>
			line.service.name === EC2_COMPUTE &&
			line.purchaseType === 'On Demand Instances' &&
			line.account.regions.slice(0, 2).some(region => region === line.region),
	},
];

/** Reserved instances: 1-year partial upfront, paid before the history starts. */
const RI_EFFECTIVE_RATE = 0.62;
const RI_UTILIZATION = 0.95;
/** Savings plans: 3-year partial upfront, sized to be fully used. */
const SP_EFFECTIVE_RATE = 0.72;
const UPFRONT_SHARE = 0.5;

const costFactors = (unblended: number, amortized: number, netted = true): CostFactors => ({
	UnblendedCost: unblended,
	BlendedCost: unblended,
	AmortizedCost: amortized,
	NetUnblendedCost: netted ? unblended * (1 - NET_DISCOUNT) : unblended,
	NetAmortizedCost: netted ? amortized * (1 - NET_DISCOUNT) : amortized,
});

/** The line as bought under a commitment: same dimensions, another record type. */
function coveredLeaf(line: DraftLine, series: SeriesSpec, recordType: DemoLeaf['recordType'], purchaseType: string, cost: CostFactors, carriesUsage: boolean): DemoLeaf {
	const {template} = line;
	return {
		account: line.account,
		service: line.service,
		template,
		usageType: line.usageType,
		region: line.region,
		az: line.az,
		recordType,
		purchaseType,
		operation: template.operation,
		team: line.team,
		environment: line.environment,
		series,
		cost,
		quantityPerUsd: carriesUsage ? 1 / template.unitPrice : 0,
		normalizedPerUsd: carriesUsage ? normalizationFactor(template.instanceType) / template.unitPrice : 0,
	};
}

/** Fees belong to no resource: they carry no tags and no zone. */
function feeLeaf(base: DemoLeaf, usageType: string, cost: CostFactors, overrides: Partial<DemoLeaf> = {}): DemoLeaf {
	return {...base, usageType, team: '', environment: '', az: '', cost, quantityPerUsd: 0, normalizedPerUsd: 0, ...overrides};
}

function commitmentLeaves(commitment: CommitmentRule, line: DraftLine, ids: SeriesIds, today: IsoDate): DemoLeaf[] {
	// Committed usage is flat (it is the reserved baseline); one more purchase was made some months ago.
	const series: SeriesSpec = {
		kind: 'flat',
		id: ids.take(),
		base: line.base * commitment.coverage,
		stepDay: dayNumber(today) - 150 - Math.floor(hashUnit(line.identity, 9) * 60),
		beforeStep: 0.6,
	};
	line.base *= 1 - commitment.coverage;
	if (commitment.kind === 'reserved') {
		const used = coveredLeaf(line, series, 'DiscountedUsage', 'Standard Reserved Instances', costFactors(0, RI_EFFECTIVE_RATE), true);
		const reserved = RI_EFFECTIVE_RATE / RI_UTILIZATION;
		const fee = feeLeaf(
			{...used, recordType: 'RIFee'},
			line.usageType.replace(/(BoxUsage|InstanceUsage|Multi-AZUsage):/, 'HeavyUsage:'),
			costFactors(reserved * (1 - UPFRONT_SHARE), reserved - RI_EFFECTIVE_RATE),
		);
		return [used, fee];
	}
	const covered = coveredLeaf(line, series, 'SavingsPlanCoveredUsage', 'Savings Plans', usageFactors(1, SP_EFFECTIVE_RATE), true);
	const negation = coveredLeaf(line, series, 'SavingsPlanNegation', 'Savings Plans', costFactors(-1, 0), false);
	const plans = demoServiceByName(SAVINGS_PLANS_SERVICE);
	const planTemplate = plans.usageTypes[0]!;
	const fee = feeLeaf(covered, planTemplate.usageType, costFactors(SP_EFFECTIVE_RATE * (1 - UPFRONT_SHARE), 0), {
		service: plans,
		template: planTemplate,
		region: 'global',
		recordType: 'SavingsPlanRecurringFee',
		operation: planTemplate.operation,
	});
	return [covered, negation, fee];
}

/** Credits that pay part of some lines: promotional credits on the sandbox, research credits for training. */
function creditLeaves(usage: readonly DemoLeaf[]): DemoLeaf[] {
	const share = (leaf: DemoLeaf): number => {
		if (leaf.recordType !== 'Usage') return 0;
		if (leaf.account.name === 'Sandbox' && leaf.service.name === EC2_COMPUTE) return 0.9;
		if (leaf.account.name === 'Machine Learning' && leaf.template.usageType.startsWith('Train:')) return 0.25;
		return 0;
	};
	return usage
		.filter(leaf => share(leaf) > 0)
		.map(leaf => ({...leaf, recordType: 'Credit', cost: undiscountedFactors(-share(leaf)), quantityPerUsd: 0, normalizedPerUsd: 0}));
}

function refundLeaves(usage: readonly DemoLeaf[], ids: SeriesIds, today: IsoDate, seed: number): DemoLeaf[] {
	const history = eachDay({start: earliestDailyDate(today), end: addDays(today, 1)});
	const quarterly = new Map(
		history
			.filter(day => ymd(day).day === 14 && ymd(day).month % 3 === 0)
			.map(day => [dayNumber(day), -(120 + 60 * hashUnit(seed, dayNumber(day)))] as const),
	);
	const support = usage.find(leaf => leaf.service.name === SUPPORT_SERVICE);
	const database = usage.find(leaf => leaf.usageType === 'USE1-Multi-AZUsage:db.r6g.2xlarge' && leaf.account.name === 'Payments Production');
	const refunds: DemoLeaf[] = [];
	const refund = (leaf: DemoLeaf, amountByDay: ReadonlyMap<number, number>): DemoLeaf =>
		feeLeaf(leaf, leaf.usageType, undiscountedFactors(1), {
			recordType: 'Refund',
			series: {kind: 'events', id: ids.take(), amountByDay},
		});
	if (support) refunds.push(refund(support, quarterly));
	if (database) refunds.push(refund(database, new Map([[dayNumber(today) - 200, -310.45]])));
	return refunds;
}

function taxLeaves(usage: readonly DemoLeaf[], ids: SeriesIds, today: IsoDate, seed: number): DemoLeaf[] {
	const tax = demoServiceByName(TAX_SERVICE);
	const template = tax.usageTypes[0]!;
	return DEMO_ACCOUNTS.flatMap(account => {
		const sample = usage.find(leaf => leaf.account.id === account.id);
		if (!sample) return [];
		const series: SeriesSpec = {
			kind: 'usage',
			id: ids.take(),
			base: (account.monthlyBudget / 30.4) * 0.045 * (0.9 + 0.2 * hashUnit(seed, hashString(account.id))),
			yearlyGrowth: account.yearlyGrowth,
			weekendFactor: 1,
			noise: 0.02,
			launchDay: accountLaunchDay(account, today),
			extraByDay: new Map(),
		};
		return [
			feeLeaf(sample, template.usageType, undiscountedFactors(1), {
				service: tax,
				template,
				region: 'global',
				recordType: 'Tax',
				purchaseType: 'On Demand Instances',
				operation: template.operation,
				series,
			}),
		];
	});
}

export interface ExtrasInput {
	readonly drafts: readonly DraftLine[];
	readonly ids: SeriesIds;
	readonly today: IsoDate;
	readonly seed: number;
}

/**
 * What turns usage into a bill: commitments (taking their share of the lines
 * they cover, so call this before the usage leaves are made), then credits,
 * refunds and tax, which follow the usage leaves.
 */
export function billingExtras({drafts, ids, today, seed}: ExtrasInput): {
	committed: DemoLeaf[];
	afterUsage: (usage: readonly DemoLeaf[]) => DemoLeaf[];
} {
	const committed = drafts.flatMap(line => {
		const rule = COMMITMENT_RULES.find(candidate => candidate.accounts.includes(line.account.name) && candidate.covers(line));
		return rule === undefined ? [] : commitmentLeaves(rule, line, ids, today);
	});
	return {
		committed,
		afterUsage: usage => [...creditLeaves(usage), ...refundLeaves(usage, ids, today, seed), ...taxLeaves(usage, ids, today, seed)],
	};
}
