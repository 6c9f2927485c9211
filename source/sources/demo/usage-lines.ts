import {
	type BillingRegion,
	DEMO_REGIONS,
	type DemoAccount,
	type DemoRegion,
	USAGE_TYPE_PREFIX,
} from './organization.js';
import {hashString, hashUnit} from './prng.js';
import {BASELINE_SPEND, SPEND_PROFILES, type ServiceSpend} from './spend-profiles.js';
import {type DemoService, EC2_COMPUTE, EC2_OTHER, type UsageTemplate, demoServiceByName} from './services.js';

/** One on-demand usage line of an account, before amounts are attached. */
export interface UsageLine {
	readonly account: DemoAccount;
	readonly service: DemoService;
	readonly template: UsageTemplate;
	readonly usageType: string;
	readonly region: BillingRegion;
	readonly purchaseType: string;
	/** Share of the account's spend, relative to its other lines. */
	readonly share: number;
	/** A stable number naming the line, independent of the seed. */
	readonly identity: number;
}

/** The usage type as billed in a region: "USW2-NatGateway-Hours", "TimedStorage-ByteHrs" (S3 in us-east-1). */
export function regionalUsageType(service: DemoService, template: UsageTemplate, region: BillingRegion): string {
	if (region === 'global' || service.global) return template.usageType;
	if (region === 'us-east-1' && service.plainInUsEast1 === true) return template.usageType;
	return `${USAGE_TYPE_PREFIX[region]}-${template.usageType}`;
}

const REGION_SHARES = [1, 0.45, 0.25, 0.15];
/** Where an account does not run workloads it still pays for the security baseline. */
const BASELINE_ONLY_SHARE = 0.06;

function regionShare(account: DemoAccount, region: BillingRegion): number {
	if (region === 'global') return 1;
	const index = account.regions.indexOf(region);
	return index < 0 ? BASELINE_ONLY_SHARE : (REGION_SHARES[index] ?? BASELINE_ONLY_SHARE);
}

/** Data sent from one of the account's regions to each of its others. */
function interRegionTemplates(account: DemoAccount, from: DemoRegion): UsageTemplate[] {
	return account.regions
		.filter(to => to !== from)
		.map(to => ({
			usageType: `${USAGE_TYPE_PREFIX[to]}-AWS-Out-Bytes`,
			unit: 'GB',
			unitPrice: 0.02,
			weight: 0.6,
			operation: 'InterRegion-Out',
			shape: 'requests' as const,
			usageTypeGroup: 'EC2: Data Transfer - Inter Region',
		}));
}

/** Accounts that run part of their fleet on Spot (CI runners, batch). */
const SPOT_FLEETS: Readonly<Record<string, readonly string[]>> = {
	'Data Platform': ['c6i.2xlarge', 'm5.2xlarge'],
	Development: ['c6i.large', 'm5.large'],
};

function spotTemplates(account: DemoAccount, service: DemoService): UsageTemplate[] {
	if (service.name !== EC2_COMPUTE) return [];
	return (SPOT_FLEETS[account.name] ?? []).flatMap(type => {
		const onDemand = service.usageTypes.find(template => template.instanceType === type);
		if (!onDemand) return [];
		return [{...onDemand, usageType: `SpotUsage:${type}`, unitPrice: onDemand.unitPrice * 0.35, operation: 'RunInstances:SV001'}];
	});
}

function templatesOf(account: DemoAccount, spend: ServiceSpend, service: DemoService, region: BillingRegion): UsageTemplate[] {
	const chosen = spend.only === undefined ? service.usageTypes : service.usageTypes.filter(template => spend.only!.includes(template.usageType));
	const interRegion = service.name === EC2_OTHER && region !== 'global' && account.regions.includes(region) ? interRegionTemplates(account, region) : [];
	const spot = region === account.regions[0] ? spotTemplates(account, service) : [];
	return [...chosen, ...interRegion, ...spot];
}

/**
 * Every on-demand usage line an account pays for: its own profile in its
 * regions, plus the organization's security baseline in every region.
 */
export function usageLinesOf(account: DemoAccount): UsageLine[] {
	const lines = new Map<string, UsageLine>();
	const add = (spend: ServiceSpend, regions: readonly BillingRegion[]): void => {
		const service = demoServiceByName(spend.service);
		for (const region of service.global ? (['global'] as const) : regions) {
			const templates = templatesOf(account, spend, service, region);
			const totalWeight = templates.reduce((sum, template) => sum + template.weight, 0);
			for (const template of templates) {
				const usageType = regionalUsageType(service, template, region);
				const key = `${service.name}|${region}|${usageType}`;
				if (lines.has(key)) continue;
				const identity = hashString(`${account.id}|${key}`);
				// A fixed jitter (not the seed's) so the organization's shape is the same for every seed.
				const jitter = 0.35 + 1.3 * hashUnit(identity, 1);
				lines.set(key, {
					account,
					service,
					template,
					usageType,
					region,
					purchaseType: template.usageType.startsWith('SpotUsage:') ? 'Spot Instances' : 'On Demand Instances',
					share: (spend.share * regionShare(account, region) * template.weight * jitter) / totalWeight,
					identity,
				});
			}
		}
	};
	for (const spend of SPEND_PROFILES[account.name] ?? []) {
		add(spend, spend.primaryOnly === true ? account.regions.slice(0, 1) : account.regions);
	}
	for (const spend of BASELINE_SPEND) add(spend, DEMO_REGIONS);
	return [...lines.values()];
}
