import {badInput} from '../../errors.js';
import type {Expression, MatchOption} from '../../query.js';
import {costCategoryValueOf, dimensionValueOf, hasDimensionValue, tagValueOf} from './dimensions.js';
import type {DemoLeaf} from './leaf.js';

/** Whether a line is in or out. */
export type LeafPredicate = (leaf: DemoLeaf) => boolean;

type Comparison = 'EQUALS' | 'STARTS_WITH' | 'ENDS_WITH' | 'CONTAINS';

interface ValueMatcher {
	readonly values: readonly string[];
	readonly options: readonly MatchOption[] | undefined;
}

const COMPARISONS: readonly Comparison[] = ['STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'EQUALS'];

/**
 * Cost Explorer's matching: any of the values matches (EQUALS unless another
 * comparison is given, case-sensitive unless CASE_INSENSITIVE); ABSENT also
 * admits lines without a value.
 */
function valueTest({values, options}: ValueMatcher, what: string): (value: string, absent: boolean) => boolean {
	if (options?.includes('GREATER_THAN_OR_EQUAL')) {
		throw badInput(`GREATER_THAN_OR_EQUAL works on anomaly impact only, not on ${what}: use EQUALS, STARTS_WITH, ENDS_WITH or CONTAINS.`);
	}
	const acceptsAbsent = options?.includes('ABSENT') ?? false;
	const comparison = COMPARISONS.find(option => options?.includes(option)) ?? 'EQUALS';
	const insensitive = options?.includes('CASE_INSENSITIVE') ?? false;
	const fold = (text: string): string => (insensitive ? text.toLowerCase() : text);
	const wanted = values.map(fold);
	const exact = new Set(wanted);
	return (value, absent) => {
		if (absent && acceptsAbsent) return true;
		const candidate = fold(value);
		switch (comparison) {
			case 'EQUALS':
				return exact.has(candidate);
			case 'STARTS_WITH':
				return wanted.some(prefix => candidate.startsWith(prefix));
			case 'ENDS_WITH':
				return wanted.some(suffix => candidate.endsWith(suffix));
			case 'CONTAINS':
				return wanted.some(part => candidate.includes(part));
		}
	};
}

/** Turns a filter into a predicate on lines, checked once per line rather than per day. */
export function compileFilter(expression: Expression): LeafPredicate {
	if ('And' in expression) {
		const parts = expression.And.map(compileFilter);
		return leaf => parts.every(part => part(leaf));
	}
	if ('Or' in expression) {
		const parts = expression.Or.map(compileFilter);
		return leaf => parts.some(part => part(leaf));
	}
	if ('Not' in expression) {
		const inner = compileFilter(expression.Not);
		return leaf => !inner(leaf);
	}
	if ('Dimensions' in expression) {
		const {Key: dimension, Values: values, MatchOptions: options} = expression.Dimensions;
		const test = valueTest({values, options}, dimension);
		return leaf => test(dimensionValueOf(leaf, dimension), !hasDimensionValue(leaf, dimension));
	}
	if ('Tags' in expression) {
		const {Key: key, Values: values, MatchOptions: options} = expression.Tags;
		const test = valueTest({values, options}, `tag ${key}`);
		return leaf => {
			const value = tagValueOf(leaf, key);
			return test(value, value === '');
		};
	}
	const {Key: name, Values: values, MatchOptions: options} = expression.CostCategories;
	const test = valueTest({values, options}, `cost category ${name}`);
	return leaf => {
		const value = costCategoryValueOf(leaf, name);
		return test(value, value === '');
	};
}
