import {type IsoDate, addDays} from '../../dates.js';
import type {CostQuery, Scope, Expression} from '../../query.js';
import type {Dialect} from './dialect.js';
import {type SqlPart, filterSql, groupKeySql} from './filter-sql.js';
import type {ExportSchema} from './schema.js';

/** A statement to run: SQL text with `?` placeholders and their values, in order. */
export interface SqlStatement {
	readonly sql: string;
	readonly params: readonly string[];
	/** Every column the statement reads, to name the ones a file lacks. */
	readonly columns: readonly string[];
}

const timestamp = (day: IsoDate): string => `${day} 00:00:00`;

/**
 * The WHERE clause every statement shares: the period (end exclusive, on
 * usage start), the billing periods it spans (so whole partitions are
 * skipped), the scope's account and the filter.
 */
export function whereSql(schema: ExportSchema, period: {start: IsoDate; end: IsoDate} | undefined, scope: Scope | undefined, filter: Expression | undefined, partitioned: boolean): SqlPart {
	const parts: SqlPart[] = [];
	if (period !== undefined) {
		parts.push({
			sql: `${schema.usageStart} >= CAST(? AS TIMESTAMP) AND ${schema.usageStart} < CAST(? AS TIMESTAMP)`,
			params: [timestamp(period.start), timestamp(period.end)],
			columns: [schema.usageStart],
		});
		if (partitioned) {
			parts.push({
				sql: `${schema.billingPeriod} >= ? AND ${schema.billingPeriod} <= ?`,
				params: [period.start.slice(0, 7), addDays(period.end, -1).slice(0, 7)],
				columns: [],
			});
		}
	}
	if (scope?.account !== undefined) parts.push({sql: `${schema.account} = ?`, params: [scope.account], columns: [schema.account]});
	if (filter !== undefined) parts.push(filterSql(schema, filter));
	if (parts.length === 0) return {sql: 'TRUE', params: [], columns: []};
	return {sql: parts.map(part => `(${part.sql})`).join(' AND '), params: parts.flatMap(part => part.params), columns: parts.flatMap(part => part.columns)};
}

export interface CostQueryStatements {
	/** Rows `bucket, k0, k1…, amount` (amount a decimal string), one per bucket and key tuple with a figure. */
	readonly rows: SqlStatement;
	/** For usage quantity: rows `k0, k1…, units, unit`: how many units each key tuple's lines carry, and one of them. */
	readonly units?: SqlStatement;
}

/**
 * Translates a CostQuery into SQL for one export format and dialect, with
 * Cost Explorer's semantics: a row per time bucket and group, groups whose
 * figure is zero left out, money summed as DECIMAL.
 */
export function costQuerySql(query: CostQuery, schema: ExportSchema, dialect: Dialect, from: string, partitioned: boolean): CostQueryStatements {
	const metric = schema.metric(query.metric);
	const keys = query.groupBy.map(groupBy => groupKeySql(schema, groupBy));
	const where = whereSql(schema, query.period, query.scope, query.filter, partitioned);
	const keyColumns = keys.map((key, index) => `${key.sql} AS k${index}`);
	const groupPositions = keys.map((_, index) => String(index + 2));
	const sum = `sum(${metric.sql})`;
	const rows: SqlStatement = {
		sql: [
			`SELECT ${[`${dialect.bucket(query.granularity, schema.usageStart)} AS bucket`, ...keyColumns, `CAST(${sum} AS VARCHAR) AS amount`].join(', ')}`,
			`FROM ${from}`,
			`WHERE ${where.sql}`,
			`GROUP BY ${['1', ...groupPositions].join(', ')}`,
			...(keys.length > 0 ? [`HAVING ${sum} <> 0`] : []),
			`ORDER BY ${['1', ...groupPositions].join(', ')}`,
		].join('\n'),
		params: where.params,
		columns: [...metric.columns, ...keys.flatMap(key => key.columns), ...where.columns, schema.usageStart],
	};
	if (query.metric !== 'UsageQuantity') return {rows};
	// Cost Explorer reports one unit when a group's lines share one, "N/A" otherwise: judged over every line of the group.
	const unitWhere = whereSql(schema, undefined, query.scope, query.filter, partitioned);
	const unitPositions = keys.map((_, index) => String(index + 1));
	const units: SqlStatement = {
		sql: [
			`SELECT ${[...keyColumns, `CAST(count(DISTINCT ${schema.unit.sql}) AS VARCHAR) AS units`, `min(${schema.unit.sql}) AS unit`].join(', ')}`,
			`FROM ${from}`,
			`WHERE (${unitWhere.sql}) AND ${metric.sql} <> 0`,
			...(keys.length > 0 ? [`GROUP BY ${unitPositions.join(', ')}`] : []),
		].join('\n'),
		params: unitWhere.params,
		columns: [...schema.unit.columns, ...metric.columns, ...keys.flatMap(key => key.columns), ...unitWhere.columns],
	};
	return {rows, units};
}
