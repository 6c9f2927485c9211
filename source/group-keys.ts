import type {CostQuery, GroupBy} from './query.js';
import {terminalText} from './terminal-text.js';

/** How an empty group key reads: Cost Explorer's "team$" is a row with no team tag. */
export const UNTAGGED = '(untagged)';
export const UNCATEGORIZED = '(uncategorized)';
export const NO_VALUE = '(none)';

/**
 * A group key as people read it: Cost Explorer's "team$analytics" is "analytics",
 * "team$" is "(untagged)", "cat$value" is "value"; control characters removed.
 * The raw key stays what filters and drill-downs use.
 */
export function groupKeyLabel(groupBy: GroupBy | undefined, key: string): string {
	return terminalText(groupKeyValue(groupBy, key));
}

/** The label before control characters are removed: what JSON carries beside the raw key. */
export function groupKeyValue(groupBy: GroupBy | undefined, key: string): string {
	if (groupBy === undefined || groupBy.type === 'DIMENSION') return key === '' ? NO_VALUE : key;
	const prefix = `${groupBy.key}$`;
	const value = key.startsWith(prefix) ? key.slice(prefix.length) : key;
	if (value === '') return groupBy.type === 'TAG' ? UNTAGGED : UNCATEGORIZED;
	return value;
}

/** Labels of a row's keys, one per group-by of the query. */
export function rowKeyLabels(groupBy: readonly GroupBy[], keys: readonly string[]): string[] {
	return keys.map((key, index) => groupKeyLabel(groupBy[index], key));
}

/** The same without removing control characters, for files that quote their own cells (JSON, CSV). */
export function rowKeyValues(groupBy: readonly GroupBy[], keys: readonly string[]): string[] {
	return keys.map((key, index) => groupKeyValue(groupBy[index], key));
}

/** True when a query's keys carry Cost Explorer's "key$" prefix, so labels differ from raw keys. */
export const hasPrefixedKeys = (query: Pick<CostQuery, 'groupBy'>): boolean =>
	query.groupBy.some(groupBy => groupBy.type !== 'DIMENSION');
