import type {CostQuery, Expression, GroupBy, Scope} from './query.js';

/**
 * The canonical form of a query: filter values sorted and deduplicated,
 * And/Or operands in a fixed order, keys in a fixed order. Two queries that
 * mean the same thing have the same canonical form and the same key.
 */
export function canonicalQuery(query: CostQuery): CostQuery {
	const filter = query.filter === undefined ? undefined : canonicalExpression(query.filter);
	return {
		period: {start: query.period.start, end: query.period.end},
		granularity: query.granularity,
		metric: query.metric,
		groupBy: query.groupBy.map(canonicalGroupBy),
		...(filter === undefined ? {} : {filter}),
		scope: canonicalScope(query.scope),
	};
}

function canonicalGroupBy(groupBy: GroupBy): GroupBy {
	return {type: groupBy.type, key: groupBy.key} as GroupBy;
}

function canonicalScope(scope: Scope): Scope {
	return {
		source: scope.source,
		...(scope.argument === undefined ? {} : {argument: scope.argument}),
		...(scope.profile === undefined ? {} : {profile: scope.profile}),
		...(scope.account === undefined ? {} : {account: scope.account}),
	};
}

const sortedUnique = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * And/Or operands sorted and deduplicated; an And or Or left with a single
 * operand is that operand (Cost Explorer rejects one-operand And/Or, and it
 * means the same). One with none is kept, for validation to refuse.
 */
export function canonicalExpression(expression: Expression): Expression {
	if ('And' in expression || 'Or' in expression) {
		const operator = 'And' in expression ? 'And' : 'Or';
		const operands = sortOperands(('And' in expression ? expression.And : expression.Or).map(canonicalExpression));
		return operands.length === 1 ? operands[0]! : ({[operator]: operands} as unknown as Expression);
	}
	if ('Not' in expression) return {Not: canonicalExpression(expression.Not)};
	const [field, match] =
		'Dimensions' in expression
			? (['Dimensions', expression.Dimensions] as const)
			: 'Tags' in expression
				? (['Tags', expression.Tags] as const)
				: (['CostCategories', expression.CostCategories] as const);
	const options = match.MatchOptions === undefined ? {} : {MatchOptions: sortedUnique(match.MatchOptions)};
	return {[field]: {Key: match.Key, Values: sortedUnique(match.Values), ...options}} as unknown as Expression;
}

function sortOperands(operands: Expression[]): Expression[] {
	const keyed = operands.map(operand => [JSON.stringify(operand), operand] as const);
	const unique = new Map(keyed);
	return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, operand]) => operand);
}

/** A stable string naming what a query means; the cache key's query half. */
export function canonicalKey(query: CostQuery): string {
	return JSON.stringify(canonicalQuery(query));
}
