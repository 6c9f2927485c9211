import type {Metric} from '../../query.js';
import type {BillingRegion, DemoAccount} from './organization.js';
import type {SeriesSpec} from './series.js';
import type {DemoService, UsageTemplate} from './services.js';

export const RECORD_TYPES = [
	'Usage',
	'DiscountedUsage',
	'RIFee',
	'SavingsPlanCoveredUsage',
	'SavingsPlanNegation',
	'SavingsPlanRecurringFee',
	'Credit',
	'Refund',
	'Tax',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type CostMetric = Exclude<Metric, 'UsageQuantity' | 'NormalizedUsageAmount'>;

/** USD of each cost metric per USD of the leaf's series. */
export type CostFactors = Readonly<Record<CostMetric, number>>;

/**
 * The finest grain of the demo bill: one line that every dimension, tag and
 * cost category has a single value for. Every answer is a sum of leaves.
 */
export interface DemoLeaf {
	readonly account: DemoAccount;
	readonly service: DemoService;
	readonly template: UsageTemplate;
	/** With its region prefix: "USE1-BoxUsage:m5.large". */
	readonly usageType: string;
	readonly region: BillingRegion;
	/** "us-east-1a", or "" when the line has no zone. */
	readonly az: string;
	readonly recordType: RecordType;
	readonly purchaseType: string;
	readonly operation: string;
	/** Tag values; "" when the resource lacks the tag. */
	readonly team: string;
	readonly environment: string;
	readonly series: SeriesSpec;
	readonly cost: CostFactors;
	/** Usage units per USD of the series; 0 when the line carries no usage. */
	readonly quantityPerUsd: number;
	/** Normalized units (instance size factor × hours) per USD; 0 for non-instances. */
	readonly normalizedPerUsd: number;
}

/** Enterprise discount the Net* metrics take off usage and fees. */
export const NET_DISCOUNT = 0.03;

const discounted = (factor: number): number => factor * (1 - NET_DISCOUNT);

/** Unblended and amortized alike; Net* a few percent lower. */
export function usageFactors(unblended: number, amortized = unblended): CostFactors {
	return {
		UnblendedCost: unblended,
		BlendedCost: unblended,
		AmortizedCost: amortized,
		NetUnblendedCost: discounted(unblended),
		NetAmortizedCost: discounted(amortized),
	};
}

/** The same amount under every metric: credits, refunds and tax take no discount. */
export function undiscountedFactors(factor: number): CostFactors {
	return {UnblendedCost: factor, BlendedCost: factor, AmortizedCost: factor, NetUnblendedCost: factor, NetAmortizedCost: factor};
}

const SIZE_FACTORS: Readonly<Record<string, number>> = {
	nano: 0.25,
	micro: 0.5,
	small: 1,
	medium: 2,
	large: 4,
	xlarge: 8,
	'2xlarge': 16,
	'4xlarge': 32,
	'8xlarge': 64,
	xlplus: 8,
};

/** EC2's normalization factor for an instance size ("m5.2xlarge" → 16), 0 if unknown. */
export function normalizationFactor(instanceType: string | undefined): number {
	if (instanceType === undefined) return 0;
	const size = instanceType.split('.')[instanceType.startsWith('db.') || instanceType.startsWith('cache.') ? 2 : 1];
	return size === undefined ? 0 : (SIZE_FACTORS[size] ?? 0);
}
