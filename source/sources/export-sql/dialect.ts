import type {Granularity} from '../../query.js';

/** What differs between the SQL engines an export is queried with; the rest of the SQL is shared. */
export interface Dialect {
	readonly name: 'duckdb' | 'trino';
	/** The value under a literal key of a MAP column, NULL when absent. */
	mapValue(column: string, key: string): string;
	/** The key of the time bucket a timestamp falls in, as Cost Explorer writes bucket starts. */
	bucket(granularity: Granularity, timestamp: string): string;
	/** A money or usage column as an exact decimal, whatever type the file stores it as. */
	decimal(column: string, storedAsDecimal: boolean): string;
	/** A query for every distinct key of a MAP column (column `key`) among the rows `where` admits. */
	distinctMapKeys(column: string, from: string, where: string): string;
	/** The value `key` (SQL) has in a fixed table of strings, NULL when absent. */
	lookup(key: string, entries: ReadonlyMap<string, string>): string;
}

/** A string as a SQL literal, quotes doubled: for names SQL cannot take as parameters (map keys, globs). */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const DECIMAL = 'DECIMAL(38,10)';

const BUCKET_FORMAT: Readonly<Record<Granularity, string>> = {
	DAILY: '%Y-%m-%d',
	MONTHLY: '%Y-%m-01',
	HOURLY: '%Y-%m-%dT%H:00:00Z',
};

export const DUCKDB: Dialect = {
	name: 'duckdb',
	mapValue: (column, key) => `${column}[${literal(key)}]`,
	bucket: (granularity, timestamp) => `strftime(${timestamp}, ${literal(BUCKET_FORMAT[granularity])})`,
	// Summing DECIMAL(18,s) already yields DECIMAL(38,s): a cast per row would only cost time.
	decimal: (column, storedAsDecimal) => (storedAsDecimal ? column : `CAST(${column} AS ${DECIMAL})`),
	distinctMapKeys: (column, from, where) => `SELECT DISTINCT unnest(map_keys(${column})) AS key FROM ${from} WHERE ${where}`,
	lookup: (key, entries) => `MAP {${[...entries].map(([name, value]) => `${literal(name)}: ${literal(value)}`).join(', ')}}[${key}]`,
};

/** Athena (engine 3) speaks Trino. */
export const TRINO: Dialect = {
	name: 'trino',
	mapValue: (column, key) => `element_at(${column}, ${literal(key)})`,
	bucket: (granularity, timestamp) => `date_format(${timestamp}, ${literal(BUCKET_FORMAT[granularity])})`,
	decimal: column => `CAST(${column} AS ${DECIMAL})`,
	distinctMapKeys: (column, from, where) => `SELECT DISTINCT key FROM ${from} CROSS JOIN UNNEST(map_keys(${column})) AS t(key) WHERE ${where}`,
	lookup: (key, entries) =>
		`element_at(MAP(ARRAY[${[...entries.keys()].map(literal).join(', ')}], ARRAY[${[...entries.values()].map(literal).join(', ')}]), ${key})`,
};
