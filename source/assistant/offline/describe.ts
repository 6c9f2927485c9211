import {type Period, addDays, addMonths, periodDays, ymd} from '../../dates.js';
import {groupKeyLabel} from '../../group-keys.js';
import {formatShare} from '../../percent.js';
import {terminalText} from '../../terminal-text.js';
import type {CostQuery, Expression, GroupBy, Metric} from '../../query.js';
import {splitFilter} from './filter-parts.js';
import {DATA_TRANSFER_USAGE_TYPE_GROUPS} from './service-aliases.js';
import {describeRegions} from '../../regions.js';
import type {KnownAccount} from './types.js';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthLabel = (date: string): string => `${monthNames[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;

/** "in October 2026", "in Q3 2026", "in 2025", "on 2026-10-03", "from 2026-11-01 to 2026-11-25" (inclusive). */
export function describePeriod(period: Period): string {
	const {start, end} = period;
	const last = addDays(end, -1);
	if (periodDays(period) === 1) return `on ${start}`;
	const wholeMonths = ymd(start).day === 1 && ymd(end).day === 1;
	if (wholeMonths) {
		const months = (ymd(end).year - ymd(start).year) * 12 + ymd(end).month - ymd(start).month;
		if (months === 1) return `in ${monthLabel(start)}`;
		if (months === 3 && (ymd(start).month - 1) % 3 === 0) return `in Q${(ymd(start).month + 2) / 3} ${ymd(start).year}`;
		if (months === 12 && ymd(start).month === 1) return `in ${ymd(start).year}`;
		return `from ${monthLabel(start)} to ${monthLabel(addMonths(end, -1))}`;
	}
	return `from ${start} to ${last}`;
}

/** Words for what the filter keeps: " on AWS Lambda in account Production (111…) where environment is prod". */
export function describeFilter(filter: Expression | undefined, accounts: readonly KnownAccount[] = []): string {
	const parts = splitFilter(filter);
	const phrases: string[] = [];
	const services = valuesOf(parts, 'SERVICE');
	const transfer = valuesOf(parts, 'USAGE_TYPE_GROUP');
	const isDataTransfer = transfer.length > 0 && transfer.every(value => DATA_TRANSFER_USAGE_TYPE_GROUPS.includes(value));
	if (isDataTransfer) phrases.push(services.length > 0 ? `on data transfer for ${listOf(services)}` : 'on data transfer');
	else if (services.length > 0) phrases.push(`on ${listOf(services)}`);
	const ids = valuesOf(parts, 'LINKED_ACCOUNT');
	if (ids.length > 0) {
		const named = ids.map(id => {
			const name = accounts.find(account => account.id === id)?.name;
			return name === undefined ? id : `${name} (${id})`;
		});
		phrases.push(`in ${ids.length === 1 ? 'account' : 'accounts'} ${listOf(named)}`);
	}
	const regions = valuesOf(parts, 'REGION');
	if (regions.length > 0) phrases.push(`in ${describeRegions(regions)}`);
	const recordTypes = valuesOf(parts, 'RECORD_TYPE');
	if (recordTypes.length > 0) phrases.push(`on ${listOf(recordTypes.map(recordTypeWords), 'and')} only`);
	for (const part of parts) {
		if ('Tags' in part) phrases.push(`where ${part.Tags.Key} is ${listOf(part.Tags.Values, 'or')}`);
		if ('CostCategories' in part) phrases.push(`where ${part.CostCategories.Key} is ${listOf(part.CostCategories.Values, 'or')}`);
		if ('Not' in part) phrases.push(describeExclusion(part.Not));
		if ('Or' in part) phrases.push(`where ${JSON.stringify(part)}`);
		if ('Dimensions' in part && !DESCRIBED_DIMENSIONS.includes(part.Dimensions.Key)) {
			phrases.push(`where ${part.Dimensions.Key} is ${listOf(part.Dimensions.Values, 'or')}`);
		}
		if ('Dimensions' in part && part.Dimensions.Key === 'USAGE_TYPE_GROUP' && !isDataTransfer) {
			phrases.push(`where USAGE_TYPE_GROUP is ${listOf(part.Dimensions.Values, 'or')}`);
		}
	}
	return phrases.map(phrase => ` ${phrase}`).join('');
}

const DESCRIBED_DIMENSIONS: readonly string[] = ['SERVICE', 'LINKED_ACCOUNT', 'USAGE_TYPE_GROUP', 'REGION', 'RECORD_TYPE'];

const recordTypeNames: Readonly<Record<string, string>> = {Credit: 'credits', Refund: 'refunds', Tax: 'tax'};
const recordTypeWords = (recordType: string): string => recordTypeNames[recordType] ?? recordType;

/** "excluding credits and refunds", "excluding REGION us-east-1", "where team is not payments". */
function describeExclusion(inner: Expression): string {
	if ('Dimensions' in inner && inner.Dimensions.Key === 'RECORD_TYPE') return `excluding ${listOf(inner.Dimensions.Values.map(recordTypeWords))}`;
	if ('Dimensions' in inner) return `excluding ${inner.Dimensions.Key} ${listOf(inner.Dimensions.Values, 'and')}`;
	if ('Tags' in inner) return `where ${inner.Tags.Key} is not ${listOf(inner.Tags.Values, 'or')}`;
	return `excluding ${JSON.stringify(inner)}`;
}

function valuesOf(parts: readonly Expression[], key: string): string[] {
	return parts.flatMap(part => ('Dimensions' in part && part.Dimensions.Key === key ? [...part.Dimensions.Values] : []));
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[], conjunction = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

const metricWords: Readonly<Record<Metric, string>> = {
	UnblendedCost: '',
	AmortizedCost: ' (amortized)',
	NetAmortizedCost: ' (net amortized)',
	NetUnblendedCost: ' (net unblended)',
	BlendedCost: ' (blended)',
	UsageQuantity: ' (usage quantity)',
	NormalizedUsageAmount: ' (normalized usage)',
};

/** " (amortized)" after an amount when the metric is not the default. */
export function describeMetric(metric: Metric): string {
	return metricWords[metric];
}

/** "12.5%", or "—" when there is nothing to divide by: the shared percent format. */
export const describeShare = formatShare;

const groupNouns: Readonly<Record<string, readonly [string, string]>> = {
	SERVICE: ['service', 'services'],
	LINKED_ACCOUNT: ['account', 'accounts'],
	REGION: ['region', 'regions'],
	USAGE_TYPE: ['usage type', 'usage types'],
	INSTANCE_TYPE: ['instance type', 'instance types'],
	OPERATION: ['operation', 'operations'],
	AZ: ['availability zone', 'availability zones'],
	DATABASE_ENGINE: ['database engine', 'database engines'],
	PURCHASE_TYPE: ['purchase type', 'purchase types'],
};

/** "service", "regions", "team": what the rows of a grouped query are. */
export function groupNoun(groupBy: readonly GroupBy[], plural: boolean): string {
	const nouns = groupBy.map(group => {
		const [one, many] = groupNouns[group.key] ?? [group.key, `${group.key} values`];
		return plural && groupBy.length === 1 ? many : one;
	});
	return groupBy.length === 1 ? (nouns[0] ?? '') : `${nouns.join(' / ')} ${plural ? 'pairs' : 'pair'}`;
}

/**
 * A row's group keys for people: tag values without Cost Explorer's
 * "key$" prefix, "(untagged)", account names when known.
 */
export function describeKeys(keys: readonly string[], query: CostQuery, accounts: readonly KnownAccount[] = []): string {
	return keys
		.map((key, index) => {
			const group = query.groupBy[index];
			if (group?.type === 'DIMENSION' && group.key === 'LINKED_ACCOUNT') {
				return terminalText(accounts.find(account => account.id === key)?.name ?? key);
			}
			return groupKeyLabel(group, key);
		})
		.join(' / ');
}
