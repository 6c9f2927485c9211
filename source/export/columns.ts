import {groupByLabel} from '../query.js';
import type {LabelledResult} from './result-set.js';

/** Header names for a result's group keys, e.g. ["SERVICE", "TAG:team"]. */
export function groupColumns(results: readonly LabelledResult[]): string[] {
	return results[0]?.result.query.groupBy.map(groupByLabel) ?? [];
}

/** True when the output mixes scopes and each row must say which it came from. */
export const isMultiScope = (results: readonly LabelledResult[]): boolean => results.length > 1;
