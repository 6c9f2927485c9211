import type {FilterDimension, GroupBy} from '../../query.js';
import type {DemoLeaf} from './leaf.js';
import {BUSINESS_UNIT, LEGAL_ENTITY} from './organization.js';

/** The tag keys the demo's resources carry. */
export const DEMO_TAG_KEYS = ['team', 'environment'] as const;

/**
 * The value Cost Explorer reports for a line that has no value for a
 * dimension: groups are keyed by it and filters can name it, so drilling
 * into a "NoInstanceType" group finds the same lines again.
 */
const MISSING: Partial<Record<FilterDimension, string>> = {
	INSTANCE_TYPE: 'NoInstanceType',
	INSTANCE_TYPE_FAMILY: 'NoInstanceTypeFamily',
	AZ: 'NoAZ',
	PLATFORM: 'NoPlatform',
	OPERATING_SYSTEM: 'NoOperatingSystem',
	TENANCY: 'NoTenancy',
	DATABASE_ENGINE: 'NoDatabaseEngine',
	CACHE_ENGINE: 'NoCacheEngine',
	DEPLOYMENT_OPTION: 'NoDeploymentOption',
	USAGE_TYPE_GROUP: 'NoUsageTypeGroup',
	RESOURCE_ID: 'NoResourceId',
	OPERATION: 'NoOperation',
};

const isInstance = (leaf: DemoLeaf): boolean => leaf.service.code === 'AmazonEC2' && leaf.template.instanceType !== undefined;

function rawValue(leaf: DemoLeaf, dimension: FilterDimension): string | undefined {
	const {template} = leaf;
	switch (dimension) {
		case 'SERVICE':
			return leaf.service.name;
		case 'SERVICE_CODE':
			return leaf.service.code;
		case 'LINKED_ACCOUNT':
			return leaf.account.id;
		case 'LINKED_ACCOUNT_NAME':
			return leaf.account.name;
		case 'REGION':
			return leaf.region;
		case 'AZ':
			return leaf.az || undefined;
		case 'USAGE_TYPE':
			return leaf.usageType;
		case 'USAGE_TYPE_GROUP':
			return template.usageTypeGroup;
		case 'INSTANCE_TYPE':
			return leaf.recordType === 'RIFee' || leaf.service.code === 'Tax' ? undefined : template.instanceType;
		case 'INSTANCE_TYPE_FAMILY':
			return rawValue(leaf, 'INSTANCE_TYPE')?.replace(/^(db|cache|ml)\./, '').split('.')[0];
		case 'RECORD_TYPE':
			return leaf.recordType;
		case 'OPERATION':
			return leaf.operation || undefined;
		case 'PURCHASE_TYPE':
			return leaf.purchaseType;
		case 'PLATFORM':
			return template.platform;
		case 'OPERATING_SYSTEM':
			return template.platform === undefined ? undefined : template.platform === 'Windows' ? 'Windows' : 'Linux';
		case 'TENANCY':
			return isInstance(leaf) ? 'Shared' : undefined;
		case 'DATABASE_ENGINE':
			return template.databaseEngine;
		case 'CACHE_ENGINE':
			return template.cacheEngine;
		case 'DEPLOYMENT_OPTION':
			return template.deploymentOption;
		case 'LEGAL_ENTITY_NAME':
		case 'INVOICING_ENTITY':
			return LEGAL_ENTITY[leaf.region];
		case 'BILLING_ENTITY':
			return 'AWS';
		case 'RESOURCE_ID':
			return undefined;
	}
}

/** The line's value for a dimension, as a group key or filter would see it. */
export function dimensionValueOf(leaf: DemoLeaf, dimension: FilterDimension): string {
	return rawValue(leaf, dimension) ?? MISSING[dimension] ?? '';
}

/** False when the line has no value for the dimension (Cost Explorer's ABSENT). */
export function hasDimensionValue(leaf: DemoLeaf, dimension: FilterDimension): boolean {
	return rawValue(leaf, dimension) !== undefined;
}

/** A tag's value on the line, "" when the resource lacks it. */
export function tagValueOf(leaf: DemoLeaf, key: string): string {
	if (key === 'team') return leaf.team;
	if (key === 'environment') return leaf.environment;
	return '';
}

/** The line's value in a cost category, "" when uncategorized. */
export function costCategoryValueOf(leaf: DemoLeaf, name: string): string {
	return name === BUSINESS_UNIT ? leaf.account.businessUnit : '';
}

/** The group key Cost Explorer returns: "Amazon S3", "team$payments", "team$" for untagged. */
export function groupKeyOf(leaf: DemoLeaf, groupBy: GroupBy): string {
	if (groupBy.type === 'DIMENSION') return dimensionValueOf(leaf, groupBy.key);
	if (groupBy.type === 'TAG') return `${groupBy.key}$${tagValueOf(leaf, groupBy.key)}`;
	return `${groupBy.key}$${costCategoryValueOf(leaf, groupBy.key)}`;
}
