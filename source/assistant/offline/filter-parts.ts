import type {Expression} from '../../query.js';

/**
 * What a filter part restricts, so a follow-up can replace one restriction
 * and keep the others: "what about S3?" swaps the subject (services and data
 * transfer alike), "only prod" swaps the environment tag.
 */
export type FilterSlot = 'subject' | 'account' | `tag:${string}` | `not:${string}` | `other:${string}`;

export function slotOf(part: Expression): FilterSlot {
	if ('Dimensions' in part) {
		const key = part.Dimensions.Key;
		if (key === 'SERVICE' || key === 'USAGE_TYPE_GROUP') return 'subject';
		if (key === 'LINKED_ACCOUNT') return 'account';
		return `other:${key}`;
	}
	if ('Tags' in part) return `tag:${part.Tags.Key}`;
	if ('Not' in part && 'Dimensions' in part.Not) return `not:${part.Not.Dimensions.Key}`;
	return `other:${JSON.stringify(part)}`;
}

/** The parts of a filter that are combined with And; a filter that is not an And is one part. */
export function splitFilter(filter: Expression | undefined): Expression[] {
	if (filter === undefined) return [];
	if ('And' in filter) return filter.And.flatMap(part => splitFilter(part));
	return [filter];
}

/** Parts back into one filter: none is no filter, one is itself, more are an And. */
export function joinFilter(parts: readonly Expression[]): Expression | undefined {
	if (parts.length === 0) return undefined;
	if (parts.length === 1) return parts[0];
	return {And: [...parts]};
}

/**
 * The base parts with every slot the new parts fill (or `cleared` names)
 * dropped, then the new parts: a follow-up changes what it names only.
 */
export function replaceParts(
	base: readonly Expression[],
	replacements: readonly Expression[],
	cleared: ReadonlySet<FilterSlot> = new Set(),
): Expression[] {
	const replaced = new Set<FilterSlot>([...replacements.map(slotOf), ...cleared]);
	return [...base.filter(part => !replaced.has(slotOf(part))), ...replacements];
}
