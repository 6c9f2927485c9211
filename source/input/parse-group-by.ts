import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {type FilterDimension, type GroupBy, GROUP_DIMENSIONS, isFilterDimension, isGroupDimension} from '../query.js';

/** Friendly names people type for Cost Explorer dimensions. */
const DIMENSION_ALIASES: Readonly<Record<string, FilterDimension>> = {
	service: 'SERVICE',
	account: 'LINKED_ACCOUNT',
	'linked-account': 'LINKED_ACCOUNT',
	region: 'REGION',
	'usage-type': 'USAGE_TYPE',
	usagetype: 'USAGE_TYPE',
	'instance-type': 'INSTANCE_TYPE',
	'record-type': 'RECORD_TYPE',
	operation: 'OPERATION',
	az: 'AZ',
	platform: 'PLATFORM',
	'purchase-type': 'PURCHASE_TYPE',
	'usage-type-group': 'USAGE_TYPE_GROUP',
	'account-name': 'LINKED_ACCOUNT_NAME',
};

export type DimensionRef =
	| {readonly type: 'DIMENSION'; readonly key: FilterDimension}
	| {readonly type: 'TAG' | 'COST_CATEGORY'; readonly key: string};

/** "service", "SERVICE", "usage-type", "tag:team", "cost_category:Business Unit". */
export function parseDimensionRef(text: string): DimensionRef {
	const trimmed = text.trim();
	const prefixed = /^(tag|cost[_-]?category)\s*:\s*(.+)$/i.exec(trimmed);
	if (prefixed) {
		const type = prefixed[1]!.toLowerCase() === 'tag' ? 'TAG' : 'COST_CATEGORY';
		return {type, key: prefixed[2]!.trim()};
	}
	const upper = trimmed.toUpperCase().replaceAll('-', '_');
	if (isFilterDimension(upper)) return {type: 'DIMENSION', key: upper};
	const alias = DIMENSION_ALIASES[trimmed.toLowerCase()];
	if (alias) return {type: 'DIMENSION', key: alias};
	throw badInput(
		`Unknown dimension ${quoteInput(text)}: use one of ${GROUP_DIMENSIONS.join(', ')}, TAG:key or COST_CATEGORY:name.`,
	);
}

export function parseGroupBy(text: string): GroupBy {
	const ref = parseDimensionRef(text);
	if (ref.type === 'DIMENSION' && !isGroupDimension(ref.key)) {
		throw badInput(`Cost Explorer cannot group by ${ref.key}: use one of ${GROUP_DIMENSIONS.join(', ')}, TAG:key or COST_CATEGORY:name.`);
	}
	return ref as GroupBy;
}
