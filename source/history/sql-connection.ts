import {CostError} from '../errors.js';

/** A value a parameterized statement takes: never spliced into SQL text. */
export type SqlValue = string | number | null;
export type SqlRow = Readonly<Record<string, unknown>>;

/** What the history store needs of a database: SQLite and PostgreSQL each implement it. */
export interface SqlConnection {
	readonly dialect: 'sqlite' | 'postgres';
	/** Where it is, for messages (a file path, or a URL without its password). */
	readonly location: string;
	/** One statement; `?` marks each parameter, in order. */
	run(sql: string, params?: readonly SqlValue[]): Promise<number>;
	all(sql: string, params?: readonly SqlValue[]): Promise<readonly SqlRow[]>;
	/**
	 * Runs `work` in one transaction that holds the store's migration lock:
	 * PostgreSQL an advisory transaction lock, SQLite a write lock (BEGIN IMMEDIATE).
	 */
	exclusive<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** Default deadline of one database call, ms. */
export const DEFAULT_DB_TIMEOUT_MS = 5000;

/** The history store did not answer, or answered with an error; the message fits one line (a 503 from the API). */
export class HistoryStoreError extends CostError {
	constructor(message: string) {
		super('unavailable', message);
		this.name = 'HistoryStoreError';
	}
}

/** `work`, or a HistoryStoreError once `ms` have passed: no database call may hang a command. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new HistoryStoreError(`The history store did not answer ${what} within ${ms / 1000} s.`)), ms);
		timer.unref();
	});
	try {
		return await Promise.race([work, deadline]);
	} finally {
		clearTimeout(timer);
	}
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the store's SQL holds no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
	let index = 0;
	return sql.replace(/\?/g, () => `$${++index}`);
}
