import type pgModule from 'pg';
import {namedExports} from '../module-interop.js';
import {DEFAULT_DB_TIMEOUT_MS, type SqlConnection, type SqlRow, type SqlValue, numberedPlaceholders, withDeadline} from './sql-connection.js';

type Pool = pgModule.Pool;
type Client = pgModule.PoolClient;

/** Any number the store's migrations agree on: two processes migrating at once take turns on it. */
const MIGRATION_LOCK_KEY = 7_301_913;

/** A `postgres://user:password@host/db` URL with the password hidden, for messages and logs. */
export function redactedDatabaseUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password !== '') parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'the PostgreSQL URL (not a valid URL)';
	}
}

/** A pool of connections to the PostgreSQL server at `url`; nothing is connected until the first call. */
export async function openPostgresConnection(url: string, timeoutMs = DEFAULT_DB_TIMEOUT_MS): Promise<SqlConnection> {
	const pg = namedExports(await import('pg'));
	const pool = new pg.Pool({
		connectionString: url,
		max: 4,
		connectionTimeoutMillis: timeoutMs,
		query_timeout: timeoutMs,
		statement_timeout: timeoutMs,
		idleTimeoutMillis: 10_000,
		allowExitOnIdle: true,
	});
	// A server that goes away hands idle clients an error: the next call reconnects, this one must not crash the process.
	pool.on('error', () => undefined);
	return new PostgresConnection(pool, redactedDatabaseUrl(url), timeoutMs);
}

class PostgresConnection implements SqlConnection {
	readonly dialect = 'postgres' as const;
	readonly location: string;
	private readonly pool: Pool;
	private readonly timeoutMs: number;

	constructor(pool: Pool, location: string, timeoutMs: number) {
		this.pool = pool;
		this.location = location;
		this.timeoutMs = timeoutMs;
	}

	async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
		const result = await withDeadline(this.pool.query(numberedPlaceholders(sql), params as SqlValue[]), this.timeoutMs, 'a write');
		return result.rowCount ?? 0;
	}

	async all(sql: string, params: readonly SqlValue[] = []): Promise<readonly SqlRow[]> {
		const result = await withDeadline(this.pool.query(numberedPlaceholders(sql), params as SqlValue[]), this.timeoutMs, 'a read');
		return result.rows as SqlRow[];
	}

	async exclusive<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T> {
		const client: Client = await withDeadline(this.pool.connect(), this.timeoutMs, 'connecting');
		const query = async (sql: string, params: readonly SqlValue[] = []) =>
			withDeadline(client.query(numberedPlaceholders(sql), params as SqlValue[]), this.timeoutMs, 'a statement');
		let failed: unknown;
		try {
			await query('BEGIN');
			await query('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY]);
			const inside: SqlConnection = {
				dialect: this.dialect,
				location: this.location,
				run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
				all: async (sql, params) => (await query(sql, params)).rows as SqlRow[],
				exclusive: () => Promise.reject(new Error('Transactions do not nest.')),
				close: () => Promise.resolve(),
			};
			const value = await work(inside);
			await query('COMMIT');
			return value;
		} catch (error) {
			failed = error;
			await query('ROLLBACK').catch(() => undefined);
			throw error;
		} finally {
			client.release(failed instanceof Error ? failed : undefined);
		}
	}

	async close(): Promise<void> {
		await withDeadline(this.pool.end(), this.timeoutMs, 'closing');
	}
}
