import type {FilterDimension, Metric} from '../../query.js';

export type ExportFormat = 'cur2' | 'focus';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['cur2', 'focus'];
export const FORMAT_LABEL: Readonly<Record<ExportFormat, string>> = {cur2: 'CUR 2.0', focus: 'FOCUS'};

/** SQL over an export's columns, with the columns it reads: a file without one of them cannot answer. */
export interface Expr {
	readonly sql: string;
	readonly columns: readonly string[];
}

export interface DimensionExpr extends Expr {
	/** The value Cost Explorer shows for a line without one ("NoInstanceType"); undefined: never absent. */
	readonly missing?: string;
}

/** How a CostQuery's parts read from one export format. */
export interface ExportSchema {
	readonly format: ExportFormat;
	/** When the line's usage started: periods and buckets are cut on it. */
	readonly usageStart: string;
	/** Hive partition column of AWS's layout (`billing_period=YYYY-MM`), used to skip whole files. */
	readonly billingPeriod: string;
	readonly account: string;
	readonly accountName: string;
	/** Columns without which the file is not this format at all. */
	readonly required: readonly string[];
	metric(metric: Metric): Expr;
	/** Undefined for a dimension the format has no column for. */
	dimension(dimension: FilterDimension): DimensionExpr | undefined;
	tag(key: string): Expr;
	costCategory(name: string): Expr;
	/** The unit of the usage quantity. */
	readonly unit: Expr;
	/** The MAP column of tags, and how its keys spell a Cost Explorer tag key ("user_team" → "team"). */
	readonly tagColumn: string;
	tagKeyOf(mapKey: string): string | undefined;
	readonly costCategoryColumn: string;
}

/** Builds SQL from a stored column: `money("x")` reads x as an exact decimal. */
export interface ColumnReader {
	money(column: string): string;
	mapValue(column: string, key: string): string;
}

export const expr = (sql: string, ...columns: string[]): Expr => ({sql, columns});
