import {type GroupBy, GROUP_DIMENSIONS, LINE_ITEM_DIMENSIONS} from '../query.js';
import type {GroupKeys} from '../sources/source.js';

/**
 * What the group-by picker offers: the dimensions (RESOURCE_ID too on a
 * source with line items), then the bill's tag keys, then its cost categories.
 */
export function groupByChoices(keys: Pick<GroupKeys, 'tags' | 'costCategories'> | undefined, groupsByResource = false): readonly GroupBy[] {
	const byName = (a: string, b: string) => a.localeCompare(b);
	return [
		...GROUP_DIMENSIONS.map((key): GroupBy => ({type: 'DIMENSION', key})),
		...(groupsByResource ? LINE_ITEM_DIMENSIONS.map((key): GroupBy => ({type: 'DIMENSION', key})) : []),
		...[...new Set(keys?.tags ?? [])].sort(byName).map((key): GroupBy => ({type: 'TAG', key})),
		...[...new Set(keys?.costCategories ?? [])].sort(byName).map((key): GroupBy => ({type: 'COST_CATEGORY', key})),
	];
}

/** How a choice reads in the picker: "SERVICE", "Tag: team", "Cost category: Business Unit". */
export function groupByChoiceLabel(groupBy: GroupBy): string {
	if (groupBy.type === 'DIMENSION') return groupBy.key;
	return `${groupBy.type === 'TAG' ? 'Tag' : 'Cost category'}: ${groupBy.key}`;
}

export const sameGroupBy = (a: GroupBy, b: GroupBy): boolean => a.type === b.type && a.key === b.key;

/** Where the picker's cursor starts: on the view's own group-by, else the top. */
export function groupByChoiceIndex(choices: readonly GroupBy[], current: GroupBy): number {
	return Math.max(0, choices.findIndex(choice => sameGroupBy(choice, current)));
}
