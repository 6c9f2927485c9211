import type {Period} from '../../dates.js';
import {ZERO} from '../../money.js';
import type {CostQuery, FilterDimension} from '../../query.js';
import {describeRegion} from '../../regions.js';
import {describePeriod, listOf} from './describe.js';
import {splitFilter} from './filter-parts.js';
import type {RunResult} from './answer-totals.js';

/** The values a dimension has in the bill over a period (Cost Explorer's GetDimensionValues). */
export type DimensionLookup = (dimension: FilterDimension, period: Period) => Promise<readonly string[]>;

/** The values a tag key has in the bill over a period, without Cost Explorer's `key$` prefix. */
export type TagLookup = (key: string, period: Period) => Promise<readonly string[]>;

const CHECKED: ReadonlyArray<readonly [FilterDimension, string, (value: string) => string]> = [
	['SERVICE', 'service', value => value],
	['REGION', 'region', describeRegion],
	['LINKED_ACCOUNT', 'account', value => value],
];

/** No rows, or rows that are all zero: what a filter on a value the bill lacks returns. */
export function nothingFound(result: RunResult): boolean {
	return result.empty || (result.total === ZERO && result.rows.every(row => row.amount === ZERO));
}

/**
 * When a filtered question found nothing, which of the services, regions or
 * accounts it names the bill does not have in that period: "region
 * eu-central-1 (Europe (Frankfurt))". Empty when all are there (then no
 * spend is the answer) or when they cannot be looked up.
 */
export async function missingValues(query: CostQuery, lookup: DimensionLookup, tagLookup?: TagLookup): Promise<string[]> {
	const parts = splitFilter(query.filter);
	const missing: string[] = [];
	for (const [dimension, noun, describe] of CHECKED) {
		const named = parts.flatMap(part => ('Dimensions' in part && part.Dimensions.Key === dimension ? part.Dimensions.Values : []));
		if (named.length === 0) continue;
		const present = new Set(await lookup(dimension, query.period).catch(() => named));
		const absent = named.filter(value => !present.has(value));
		if (absent.length > 0) missing.push(`${noun} ${listOf(absent.map(describe), 'or')}`);
	}
	for (const part of parts) {
		if (!('Tags' in part) || tagLookup === undefined) continue;
		const {Key: key, Values: named} = part.Tags;
		const present = new Set(await tagLookup(key, query.period).catch(() => named));
		const absent = named.filter(value => !present.has(value));
		if (absent.length > 0) missing.push(`${key} tag ${listOf(absent, 'or')}`);
	}
	return missing;
}

/** "I found no region eu-central-1 (Europe (Frankfurt)) in this bill in October 2026, so there is no figure for it." */
export function missingSentence(missing: readonly string[], period: Period): string {
	return `I found no ${missing.join(' and no ')} in this bill ${describePeriod(period)}, so there is no figure to give.`;
}
