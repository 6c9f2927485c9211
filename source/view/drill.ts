import type {Expression, GroupBy, GroupDimension} from '../query.js';
import {groupByLabel} from '../query.js';
import {groupKeyLabel} from '../group-keys.js';

export {groupKeyLabel} from '../group-keys.js';

/** SERVICE → USAGE_TYPE → REGION → LINKED_ACCOUNT unless the settings say otherwise. */
export const DEFAULT_DRILL_PATH: readonly GroupDimension[] = ['SERVICE', 'USAGE_TYPE', 'REGION', 'LINKED_ACCOUNT'];

/** One step taken down: the view was grouped by `groupBy` and the row `key` was chosen. */
export interface DrillStep {
	readonly groupBy: GroupBy;
	readonly key: string;
}

const sameGroupBy = (a: GroupBy, b: GroupBy): boolean => a.type === b.type && a.key === b.key;

const RESOURCES: GroupBy = {type: 'DIMENSION', key: 'RESOURCE_ID'};

/**
 * The dimension to group by after narrowing to a key: the first on the path
 * that is neither the current grouping nor already narrowed. Undefined at
 * the bottom of the path. On a source with line items (`groupsByResource`, a
 * billing export) a usage type opens onto its resources, and a resource is
 * the bottom: there is nothing finer to split it by.
 */
export function nextDrillGroupBy(
	path: readonly GroupDimension[],
	current: GroupBy,
	steps: readonly DrillStep[],
	groupsByResource = false,
): GroupBy | undefined {
	if (sameGroupBy(current, RESOURCES)) return undefined;
	if (groupsByResource && sameGroupBy(current, {type: 'DIMENSION', key: 'USAGE_TYPE'})) return RESOURCES;
	const used = [current, ...steps.map(step => step.groupBy)];
	const startAfter = current.type === 'DIMENSION' ? path.indexOf(current.key) : -1;
	const candidates = [...path.slice(startAfter + 1), ...path.slice(0, Math.max(startAfter, 0))];
	const next = candidates.find(key => !used.some(groupBy => sameGroupBy(groupBy, {type: 'DIMENSION', key})));
	return next === undefined ? undefined : {type: 'DIMENSION', key: next};
}

/**
 * Cost Explorer returns tag groups as "team$backend" and "team$" for
 * untagged; filters want the bare value, and ABSENT for the untagged.
 */
function stepExpression(step: DrillStep): Expression {
	const {groupBy, key} = step;
	if (groupBy.type === 'DIMENSION') return {Dimensions: {Key: groupBy.key, Values: [key]}};
	const prefix = `${groupBy.key}$`;
	const value = key.startsWith(prefix) ? key.slice(prefix.length) : key;
	const match =
		value === ''
			? {Key: groupBy.key, Values: [], MatchOptions: ['ABSENT' as const]}
			: {Key: groupBy.key, Values: [value]};
	return groupBy.type === 'TAG' ? {Tags: match} : {CostCategories: match};
}

/** The filter that narrows a query to every step taken; undefined at the top. */
export function drillFilter(steps: readonly DrillStep[]): Expression | undefined {
	const expressions = steps.map(stepExpression);
	if (expressions.length === 0) return undefined;
	if (expressions.length === 1) return expressions[0];
	return {And: expressions};
}

/** "All › SERVICE: Amazon EC2 › USAGE_TYPE: BoxUsage", for the breadcrumb. */
export function breadcrumbParts(steps: readonly DrillStep[]): string[] {
	return steps.map(step => `${groupByLabel(step.groupBy)}: ${groupKeyLabel(step.groupBy, step.key)}`);
}
