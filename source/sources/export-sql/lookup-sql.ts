import type {Period} from '../../dates.js';
import type {Expression, Metric} from '../../query.js';
import type {DimensionValuesRequest} from '../source.js';
import type {SqlStatement} from './cost-query-sql.js';
import {whereSql} from './cost-query-sql.js';
import type {Dialect} from './dialect.js';
import {dimensionSql} from './filter-sql.js';
import type {ExportSchema} from './schema.js';

/** First and last usage start in the whole export, and whether any line starts off the hour 0 (an hourly export). */
export function dataRangeSql(schema: ExportSchema, from: string): SqlStatement {
	return {
		sql: `SELECT CAST(min(${schema.usageStart}) AS VARCHAR) AS first, CAST(max(${schema.usageStart}) AS VARCHAR) AS last,
			CAST(max(hour(${schema.usageStart})) AS VARCHAR) AS last_hour FROM ${from}`,
		params: [],
		columns: [schema.usageStart],
	};
}

/** Distinct values of a dimension on lines with cost in the period; accounts with their name. */
export function dimensionValuesSql(schema: ExportSchema, from: string, request: DimensionValuesRequest, partitioned: boolean): SqlStatement {
	const dimension = dimensionSql(schema, request.dimension);
	const where = whereSql(schema, request.period, undefined, request.filter, partitioned);
	const described = request.dimension === 'LINKED_ACCOUNT';
	const description = described ? `, min(${schema.accountName}) AS description` : '';
	return {
		sql: `SELECT ${dimension.value} AS value${description} FROM ${from} WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
		params: where.params,
		columns: [...dimension.columns, ...where.columns, ...(described ? [schema.accountName] : [])],
	};
}

export function accountsSql(schema: ExportSchema, from: string): SqlStatement {
	return {
		sql: `SELECT ${schema.account} AS id, min(${schema.accountName}) AS name FROM ${from} GROUP BY 1 ORDER BY 1`,
		params: [],
		columns: [schema.account, schema.accountName],
	};
}

/** The keys of a MAP column (tags or cost categories) on lines in the period. */
export function mapKeysSql(schema: ExportSchema, dialect: Dialect, from: string, column: string, period: Period, partitioned: boolean): SqlStatement {
	const where = whereSql(schema, period, undefined, undefined, partitioned);
	return {sql: `${dialect.distinctMapKeys(column, from, where.sql)} ORDER BY 1`, params: where.params, columns: [column, ...where.columns]};
}

/** The `limit` resources with the largest figure in the period: line-item detail only exports have. */
export function topResourcesSql(schema: ExportSchema, from: string, query: {period: Period; metric: Metric; filter?: Expression}, limit: number, partitioned: boolean): SqlStatement {
	const resource = dimensionSql(schema, 'RESOURCE_ID');
	const metric = schema.metric(query.metric);
	const where = whereSql(schema, query.period, undefined, query.filter, partitioned);
	return {
		// Lines without a resource are left out, so the raw column is the name: a plain comparison the reader can push down.
		sql: `SELECT ${resource.sql} AS resource, CAST(sum(${metric.sql}) AS VARCHAR) AS amount FROM ${from}
			WHERE (${where.sql}) AND ${resource.sql} <> ''
			GROUP BY 1 ORDER BY sum(${metric.sql}) DESC, 1 LIMIT ${Math.max(1, Math.floor(limit))}`,
		params: where.params,
		columns: [...resource.columns, ...metric.columns, ...where.columns],
	};
}
