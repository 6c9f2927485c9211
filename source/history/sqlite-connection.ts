import {open} from 'node:fs/promises';
import {dirname} from 'node:path';
import type sqlite3Module from 'sqlite3';
import {namedExports} from '../module-interop.js';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory, tightenFile} from '../private-files.js';
import {DEFAULT_DB_TIMEOUT_MS, type SqlConnection, type SqlRow, type SqlValue, withDeadline} from './sql-connection.js';

type Database = sqlite3Module.Database;

/**
 * The history in a local SQLite file, private (0600 in a private directory).
 * Writers wait for each other up to the busy timeout instead of failing.
 */
export async function openSqliteConnection(path: string, timeoutMs = DEFAULT_DB_TIMEOUT_MS): Promise<SqlConnection> {
	await ensurePrivateDirectory(dirname(path));
	// Created private before SQLite opens it, so it never exists readable by others.
	await (await open(path, 'a', PRIVATE_FILE_MODE)).close();
	await tightenFile(path);
	const sqlite3 = namedExports(await import('sqlite3'));
	const database = await withDeadline(
		new Promise<Database>((resolve, reject) => {
			const opened: Database = new sqlite3.Database(path, error => (error ? reject(error) : resolve(opened)));
		}),
		timeoutMs,
		`opening ${path}`,
	);
	const connection = new SqliteConnection(database, path, timeoutMs);
	try {
		await connection.run(`PRAGMA busy_timeout = ${Math.max(1, timeoutMs - 100)}`);
		// WAL lets readers and one writer work at once (several processes on one file).
		await connection.all('PRAGMA journal_mode = WAL');
	} catch (error) {
		await connection.close();
		throw error;
	}
	return connection;
}

class SqliteConnection implements SqlConnection {
	readonly dialect = 'sqlite' as const;
	readonly location: string;
	private readonly database: Database;
	private readonly timeoutMs: number;
	/** One transaction at a time on this connection; statements outside wait for it. */
	private queue: Promise<unknown> = Promise.resolve();

	constructor(database: Database, location: string, timeoutMs: number) {
		this.database = database;
		this.location = location;
		this.timeoutMs = timeoutMs;
	}

	run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
		return this.serialized(() => this.rawRun(sql, params));
	}

	all(sql: string, params: readonly SqlValue[] = []): Promise<readonly SqlRow[]> {
		return this.serialized(() => this.rawAll(sql, params));
	}

	exclusive<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T> {
		return this.serialized(async () => {
			await this.rawRun('BEGIN IMMEDIATE', []);
			const inside: SqlConnection = {
				dialect: this.dialect,
				location: this.location,
				run: (sql, params = []) => this.rawRun(sql, params),
				all: (sql, params = []) => this.rawAll(sql, params),
				exclusive: () => Promise.reject(new Error('Transactions do not nest.')),
				close: () => Promise.resolve(),
			};
			try {
				const value = await work(inside);
				await this.rawRun('COMMIT', []);
				return value;
			} catch (error) {
				await this.rawRun('ROLLBACK', []).catch(() => undefined);
				throw error;
			}
		});
	}

	close(): Promise<void> {
		return this.serialized(() => withDeadline(new Promise<void>((resolve, reject) => this.database.close(error => (error ? reject(error) : resolve()))), this.timeoutMs, 'closing'));
	}

	private serialized<T>(work: () => Promise<T>): Promise<T> {
		const next = this.queue.then(work, work);
		this.queue = next.catch(() => undefined);
		return next;
	}

	private rawRun(sql: string, params: readonly SqlValue[]): Promise<number> {
		return withDeadline(
			new Promise<number>((resolve, reject) => {
				this.database.run(sql, params as SqlValue[], function (this: {changes: number}, error: Error | null) {
					if (error) reject(error);
					else resolve(this.changes);
				});
			}),
			this.timeoutMs,
			'a write',
		);
	}

	private rawAll(sql: string, params: readonly SqlValue[]): Promise<readonly SqlRow[]> {
		return withDeadline(
			new Promise<readonly SqlRow[]>((resolve, reject) => {
				this.database.all(sql, params as SqlValue[], (error: Error | null, rows: SqlRow[]) => (error ? reject(error) : resolve(rows)));
			}),
			this.timeoutMs,
			'a read',
		);
	}
}
