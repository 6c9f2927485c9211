import {type IsoDate, addDays} from '../../dates.js';
import type {DemoRegion} from './organization.js';
import {EC2_COMPUTE, EC2_OTHER} from './services.js';

/**
 * A cost spike the demo injects on top of one usage line (Usage record type),
 * for the anomaly detector to find and its tests to check.
 */
export interface DemoSpike {
	readonly id: string;
	/** The spike's days, consecutive, oldest first. */
	readonly days: readonly IsoDate[];
	/** USD added on each of `days`, in the same order. */
	readonly extraUsd: readonly number[];
	readonly service: string;
	readonly usageType: string;
	/** Linked account id. */
	readonly account: string;
	readonly accountName: string;
	readonly region: DemoRegion;
	/** What happened, for the anomaly's story. */
	readonly cause: string;
}

interface SpikePlan {
	readonly id: string;
	/** Days before today of the first spike day. */
	readonly daysAgo: number;
	readonly extraUsd: readonly number[];
	readonly service: string;
	readonly usageType: string;
	readonly account: string;
	readonly accountName: string;
	readonly region: DemoRegion;
	readonly cause: string;
}

const SPIKE_PLANS: readonly SpikePlan[] = [
	{
		id: 'nat-gateway-bytes',
		daysAgo: 8,
		extraUsd: [1_450, 980],
		service: EC2_OTHER,
		usageType: 'USE1-NatGateway-Bytes',
		account: '318274650193',
		accountName: 'Production',
		region: 'us-east-1',
		cause: 'A batch job pulled container images through the NAT gateway instead of the VPC endpoint.',
	},
	{
		id: 's3-request-storm',
		daysAgo: 33,
		extraUsd: [620, 780, 540],
		service: 'Amazon Simple Storage Service',
		usageType: 'USW2-Requests-Tier1',
		account: '641028374519',
		accountName: 'Data Platform',
		region: 'us-west-2',
		cause: 'A misconfigured compaction job rewrote millions of small objects.',
	},
	{
		id: 'lambda-recursion',
		daysAgo: 61,
		extraUsd: [940],
		service: 'AWS Lambda',
		usageType: 'USE1-Lambda-GB-Second',
		account: '539201847365',
		accountName: 'Development',
		region: 'us-east-1',
		cause: 'A Lambda function triggered itself through an S3 event loop.',
	},
	{
		id: 'gpu-training',
		daysAgo: 118,
		extraUsd: [2_100, 2_350, 1_900],
		service: EC2_COMPUTE,
		usageType: 'USW2-BoxUsage:p3.2xlarge',
		account: '296481735027',
		accountName: 'Machine Learning',
		region: 'us-west-2',
		cause: 'A training cluster was left running over a long weekend.',
	},
];

/** The spikes injected into the demo history that ends on `today`, oldest last. */
export function demoInjectedSpikes(today: IsoDate): readonly DemoSpike[] {
	return SPIKE_PLANS.map(({daysAgo, ...plan}) => ({
		...plan,
		days: plan.extraUsd.map((_, offset) => addDays(today, offset - daysAgo)),
	}));
}
