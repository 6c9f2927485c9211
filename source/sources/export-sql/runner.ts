import type {Dialect} from './dialect.js';

/** One result row: every column as text (decimals as exact strings), NULL as null. */
export type SqlRow = Readonly<Record<string, string | null>>;

export interface SqlResult {
	readonly rows: readonly SqlRow[];
	/** What running it cost where that is billed (Athena's scanned bytes); 0 locally. */
	readonly bytesScanned: number;
	/** Billable requests it took (Athena: one query); 0 locally. */
	readonly billableRequests: number;
}

/** A stored column: its name as the engine spells it and its SQL type. */
export interface ColumnInfo {
	readonly name: string;
	readonly type: string;
}

/** Where export SQL runs: DuckDB over local Parquet, or Athena over S3. */
export interface SqlRunner {
	readonly dialect: Dialect;
	/** The FROM clause naming the export's line items. */
	readonly from: string;
	/** What the export is, for messages: "parquet:./exports/**" or "athena:billing.cur". */
	readonly label: string;
	/** The export's columns, and what reading them cost. */
	columns(signal?: AbortSignal): Promise<Omit<SqlResult, 'rows'> & {readonly columns: readonly ColumnInfo[]}>;
	run(sql: string, params: readonly string[], signal?: AbortSignal): Promise<SqlResult>;
	/**
	 * CUR 2.0's product name for each product code, when every code carries one
	 * name: SERVICE is then read without decoding the `product` MAP on every
	 * line. Only the files of the billing periods `months` (YYYY-MM) are
	 * consulted. Undefined (or absent) when the map must be read.
	 */
	productNames?(months: {readonly first: string; readonly last: string}, signal?: AbortSignal): Promise<ReadonlyMap<string, string> | undefined>;
	close?(): void;
}
