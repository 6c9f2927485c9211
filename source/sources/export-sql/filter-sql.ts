import {badInput} from '../../errors.js';
import type {Expression, FilterDimension, GroupBy, MatchOption} from '../../query.js';
import type {DimensionExpr, ExportSchema} from './schema.js';

/** SQL text with `?` placeholders, their values in order, and the columns it reads. */
export interface SqlPart {
	readonly sql: string;
	readonly params: readonly string[];
	readonly columns: readonly string[];
}

const COMPARISONS = ['STARTS_WITH', 'ENDS_WITH', 'CONTAINS', 'EQUALS'] as const;

/** A LIKE pattern matching `text` literally, `\` escaping. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, character => `\\${character}`);

const unsupported = (what: string, schema: ExportSchema): Error =>
	badInput(`${what} has no column in ${schema.format === 'cur2' ? 'CUR 2.0' : 'FOCUS'} exports: see docs/exports.md for what exports can group and filter by.`);

/** The SQL for a dimension's value, with Cost Explorer's "NoXxx" for lines without one. */
export function dimensionSql(schema: ExportSchema, dimension: FilterDimension): DimensionExpr & {readonly value: string; readonly absent: string} {
	const found = schema.dimension(dimension);
	if (found === undefined) throw unsupported(dimension, schema);
	const absent = found.missing === undefined ? 'FALSE' : `coalesce(${found.sql}, '') = ''`;
	const value = found.missing === undefined ? found.sql : `coalesce(nullif(${found.sql}, ''), '${found.missing}')`;
	return {...found, value, absent};
}

/** The SQL for a group-by's raw key: a dimension's value, or a tag's / cost category's value ('' when none). */
export function groupKeySql(schema: ExportSchema, groupBy: GroupBy): {readonly sql: string; readonly columns: readonly string[]} {
	if (groupBy.type === 'DIMENSION') {
		const dimension = dimensionSql(schema, groupBy.key);
		return {sql: dimension.value, columns: dimension.columns};
	}
	const found = groupBy.type === 'TAG' ? schema.tag(groupBy.key) : schema.costCategory(groupBy.key);
	return {sql: `coalesce(${found.sql}, '')`, columns: found.columns};
}

/**
 * Cost Explorer's matching, as the demo implements it: any value matches
 * (EQUALS unless another comparison is named, case-sensitive unless
 * CASE_INSENSITIVE); ABSENT also admits lines without a value.
 */
function valueMatch(value: string, absent: string, values: readonly string[], options: readonly MatchOption[] | undefined, what: string): {sql: string; params: string[]} {
	if (options?.includes('GREATER_THAN_OR_EQUAL')) {
		throw badInput(`GREATER_THAN_OR_EQUAL works on anomaly impact only, not on ${what}: use EQUALS, STARTS_WITH, ENDS_WITH or CONTAINS.`);
	}
	const comparison = COMPARISONS.find(option => options?.includes(option)) ?? 'EQUALS';
	const insensitive = options?.includes('CASE_INSENSITIVE') ?? false;
	const subject = insensitive ? `lower(${value})` : value;
	const wanted = values.map(text => (insensitive ? text.toLowerCase() : text));
	let sql: string;
	let params: string[];
	if (wanted.length === 0) {
		sql = 'FALSE';
		params = [];
	} else if (comparison === 'EQUALS') {
		sql = `${subject} IN (${wanted.map(() => '?').join(', ')})`;
		params = wanted;
	} else {
		const pattern = (text: string): string =>
			comparison === 'STARTS_WITH' ? `${likeLiteral(text)}%` : comparison === 'ENDS_WITH' ? `%${likeLiteral(text)}` : `%${likeLiteral(text)}%`;
		sql = wanted.map(() => `${subject} LIKE ? ESCAPE '\\'`).join(' OR ');
		params = wanted.map(pattern);
	}
	if (options?.includes('ABSENT')) return {sql: `(${absent}) OR (${sql})`, params};
	return {sql: `(${sql})`, params};
}

/** Cost Explorer's filter Expression as a WHERE condition. */
export function filterSql(schema: ExportSchema, expression: Expression): SqlPart {
	const combine = (parts: readonly Expression[], joiner: string, empty: string): SqlPart => {
		const compiled = parts.map(part => filterSql(schema, part));
		if (compiled.length === 0) return {sql: empty, params: [], columns: []};
		return {
			sql: compiled.map(part => `(${part.sql})`).join(joiner),
			params: compiled.flatMap(part => part.params),
			columns: compiled.flatMap(part => part.columns),
		};
	};
	if ('And' in expression) return combine(expression.And, ' AND ', 'TRUE');
	if ('Or' in expression) return combine(expression.Or, ' OR ', 'FALSE');
	if ('Not' in expression) {
		const inner = filterSql(schema, expression.Not);
		// A NULL inside must not make NOT drop the line too.
		return {...inner, sql: `NOT coalesce((${inner.sql}), FALSE)`};
	}
	if ('Dimensions' in expression) {
		const {Key: key, Values: values, MatchOptions: options} = expression.Dimensions;
		const dimension = dimensionSql(schema, key);
		return {...valueMatch(dimension.value, dimension.absent, values, options, key), columns: dimension.columns};
	}
	const tag = 'Tags' in expression;
	const {Key: key, Values: values, MatchOptions: options} = tag ? expression.Tags : expression.CostCategories;
	const found = tag ? schema.tag(key) : schema.costCategory(key);
	const value = `coalesce(${found.sql}, '')`;
	return {...valueMatch(value, `${value} = ''`, values, options, tag ? `tag ${key}` : `cost category ${key}`), columns: found.columns};
}
