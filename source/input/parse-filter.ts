import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import type {Expression} from '../query.js';
import {parseDimensionRef} from './parse-group-by.js';

/**
 * `DIM=VALUE[,VALUE]` (or `DIM!=…` to exclude) into a Cost Explorer
 * Expression. DIM may be a dimension, `TAG:key` or `COST_CATEGORY:name`.
 */
export function parseFilter(text: string): Expression {
	const match = /^([^=!]+?)\s*(!?=)\s*(.*)$/.exec(text.trim());
	if (!match) throw badInput(`Filter ${quoteInput(text)} is not DIM=VALUE[,VALUE]: e.g. --filter SERVICE="AWS Lambda" or --filter TAG:team=payments.`);
	const ref = parseDimensionRef(match[1]!);
	const values = match[3]!
		.split(',')
		.map(value => value.trim())
		.filter(value => value !== '');
	if (values.length === 0) throw badInput(`Filter ${quoteInput(text)} has no values after "=".`);
	const field = ref.type === 'DIMENSION' ? 'Dimensions' : ref.type === 'TAG' ? 'Tags' : 'CostCategories';
	const expression = {[field]: {Key: ref.key, Values: values}} as unknown as Expression;
	return match[2] === '!=' ? {Not: expression} : expression;
}

/** Credits and refunds out, so the figures show usage before discounts. */
export const excludeCreditsFilter: Expression = {Not: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit', 'Refund']}}};

/** Several filters all apply: one And (or the single filter itself). */
export function combineFilters(filters: readonly Expression[]): Expression | undefined {
	if (filters.length === 0) return undefined;
	if (filters.length === 1) return filters[0];
	return {And: filters};
}
