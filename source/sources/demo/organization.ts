/** The synthetic organization the demo bills: who spends, where, and how tagged. */

export const DEMO_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

/** Where a leaf's cost is booked: a region, or `global` for services without one. */
export type BillingRegion = DemoRegion | 'global';

/** The prefix Cost Explorer puts on usage types in each region (Ireland's is plain "EU"). */
export const USAGE_TYPE_PREFIX: Readonly<Record<DemoRegion, string>> = {
	'us-east-1': 'USE1',
	'us-west-2': 'USW2',
	'eu-west-1': 'EU',
	'ap-southeast-2': 'APS2',
};

/** The AWS company that bills usage in each region (LEGAL_ENTITY_NAME). */
export const LEGAL_ENTITY: Readonly<Record<BillingRegion, string>> = {
	'us-east-1': 'Amazon Web Services, Inc.',
	'us-west-2': 'Amazon Web Services, Inc.',
	'eu-west-1': 'Amazon Web Services EMEA SARL',
	'ap-southeast-2': 'Amazon Web Services Australia Pty Ltd',
	global: 'Amazon Web Services, Inc.',
};

/** The one cost category the demo organization defines. */
export const BUSINESS_UNIT = 'Business Unit';

export type Environment = 'production' | 'staging' | 'development' | 'sandbox' | 'shared';

export interface DemoAccount {
	readonly id: string;
	readonly name: string;
	/** Value of the `environment` tag on its resources. */
	readonly environment: Environment;
	/** Values of the `team` tag its resources carry. */
	readonly teams: readonly string[];
	/** "" for an account the cost category leaves uncategorized. */
	readonly businessUnit: string;
	/** First region is where most of its spend is. */
	readonly regions: readonly DemoRegion[];
	/** Roughly what the account spends per month today, in USD. */
	readonly monthlyBudget: number;
	/** Yearly growth of its spend, e.g. 0.25 for +25 % a year. */
	readonly yearlyGrowth: number;
	/** Weekend spend of elastic usage relative to weekdays. */
	readonly weekendFactor: number;
	/** Months before today the account started spending; undefined for always. */
	readonly launchedMonthsAgo?: number;
}

/** The payer: identity() answers as it, and it is a linked account too. */
export const MANAGEMENT_ACCOUNT_ID = '204817364902';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{
		id: MANAGEMENT_ACCOUNT_ID,
		name: 'Management',
		environment: 'shared',
		teams: ['finops'],
		businessUnit: 'Platform',
		regions: ['us-east-1'],
		monthlyBudget: 3_500,
		yearlyGrowth: 0.1,
		weekendFactor: 1,
	},
	{
		id: '318274650193',
		name: 'Production',
		environment: 'production',
		teams: ['checkout', 'search', 'web', 'sre'],
		businessUnit: 'Retail',
		regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
		monthlyBudget: 52_000,
		yearlyGrowth: 0.28,
		weekendFactor: 0.86,
	},
	{
		id: '529714068352',
		name: 'Payments Production',
		environment: 'production',
		teams: ['payments', 'sre'],
		businessUnit: 'Retail',
		regions: ['us-east-1', 'eu-west-1'],
		monthlyBudget: 24_000,
		yearlyGrowth: 0.22,
		weekendFactor: 0.82,
	},
	{
		id: '427193058261',
		name: 'Staging',
		environment: 'staging',
		teams: ['checkout', 'payments', 'search', 'web'],
		businessUnit: 'Retail',
		regions: ['us-east-1', 'us-west-2', 'eu-west-1'],
		monthlyBudget: 9_000,
		yearlyGrowth: 0.18,
		weekendFactor: 0.55,
	},
	{
		id: '539201847365',
		name: 'Development',
		environment: 'development',
		teams: ['checkout', 'payments', 'search', 'web', 'data'],
		businessUnit: 'Engineering',
		regions: ['us-east-1', 'eu-west-1'],
		monthlyBudget: 7_500,
		yearlyGrowth: 0.15,
		weekendFactor: 0.4,
	},
	{
		id: '641028374519',
		name: 'Data Platform',
		environment: 'production',
		teams: ['data', 'analytics'],
		businessUnit: 'Data & AI',
		regions: ['us-east-1', 'us-west-2'],
		monthlyBudget: 28_000,
		yearlyGrowth: 0.35,
		weekendFactor: 0.9,
	},
	{
		id: '185736204918',
		name: 'Analytics',
		environment: 'production',
		teams: ['analytics', 'data'],
		businessUnit: 'Data & AI',
		regions: ['us-east-1', 'eu-west-1'],
		monthlyBudget: 11_000,
		yearlyGrowth: 0.3,
		weekendFactor: 0.6,
	},
	{
		id: '296481735027',
		name: 'Machine Learning',
		environment: 'production',
		teams: ['ml'],
		businessUnit: 'Data & AI',
		regions: ['us-west-2', 'us-east-1'],
		monthlyBudget: 17_000,
		yearlyGrowth: 0.6,
		weekendFactor: 0.75,
		launchedMonthsAgo: 9,
	},
	{
		id: '752930184620',
		name: 'Shared Services',
		environment: 'shared',
		teams: ['platform', 'sre'],
		businessUnit: 'Platform',
		regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
		monthlyBudget: 8_000,
		yearlyGrowth: 0.2,
		weekendFactor: 0.92,
	},
	{
		id: '307592846130',
		name: 'Networking',
		environment: 'shared',
		teams: ['platform'],
		businessUnit: 'Platform',
		regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
		monthlyBudget: 6_000,
		yearlyGrowth: 0.2,
		weekendFactor: 0.88,
	},
	{
		id: '863019472851',
		name: 'Security',
		environment: 'shared',
		teams: ['security'],
		businessUnit: 'Platform',
		regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
		monthlyBudget: 4_000,
		yearlyGrowth: 0.12,
		weekendFactor: 0.95,
	},
	{
		id: '418603957241',
		name: 'Log Archive',
		environment: 'shared',
		teams: ['security'],
		businessUnit: 'Platform',
		regions: ['us-east-1', 'eu-west-1'],
		monthlyBudget: 2_500,
		yearlyGrowth: 0.3,
		weekendFactor: 1,
	},
	{
		id: '974102836457',
		name: 'Sandbox',
		environment: 'sandbox',
		teams: ['platform', 'ml', 'web'],
		businessUnit: '',
		regions: ['us-east-1', 'ap-southeast-2'],
		monthlyBudget: 3_000,
		yearlyGrowth: 0.1,
		weekendFactor: 0.3,
	},
	{
		id: '630825179463',
		name: 'Marketing Web',
		environment: 'production',
		teams: ['web', 'marketing'],
		businessUnit: 'Retail',
		regions: ['us-east-1', 'ap-southeast-2'],
		monthlyBudget: 2_800,
		yearlyGrowth: 0.08,
		weekendFactor: 1.1,
	},
];

export function demoAccountById(id: string): DemoAccount | undefined {
	return DEMO_ACCOUNTS.find(account => account.id === id);
}
