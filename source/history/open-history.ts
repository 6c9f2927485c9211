import {join} from 'node:path';
import {badInput} from '../errors.js';
import {defaultStateDir} from '../paths.js';
import {type HistoryStore, openHistoryStore} from './history-store.js';
import {openPostgresConnection, redactedDatabaseUrl} from './postgres-connection.js';
import {DEFAULT_DB_TIMEOUT_MS, HistoryStoreError} from './sql-connection.js';
import {openSqliteConnection} from './sqlite-connection.js';

/** Where the history lives: a local SQLite file, or a PostgreSQL server a team shares. */
export type HistoryLocation = {readonly kind: 'sqlite'; readonly path: string} | {readonly kind: 'postgres'; readonly url: string};

const HISTORY_FILE = 'history.sqlite';
/** Where queries wait while PostgreSQL is unreachable. */
const BUFFER_FILE = 'history-buffer.sqlite';

/** Days kept when the settings say nothing. */
export const DEFAULT_RETENTION_DAYS = 90;

/** `--db-url`, else AWS_COST_DB_URL (postgres://…), else the SQLite file in the XDG state directory. */
export function historyLocation(env: NodeJS.ProcessEnv, dbUrlFlag?: string): HistoryLocation {
	const url = dbUrlFlag ?? (env['AWS_COST_DB_URL'] === '' ? undefined : env['AWS_COST_DB_URL']);
	if (url === undefined) return {kind: 'sqlite', path: join(defaultStateDir(env), HISTORY_FILE)};
	const name = dbUrlFlag === undefined ? 'AWS_COST_DB_URL' : '--db-url';
	if (!/^postgres(ql)?:\/\//i.test(url)) throw badInput(`${name} must be a postgres:// URL (PostgreSQL); unset it for the local SQLite history.`);
	try {
		new URL(url);
	} catch {
		throw badInput(`${name} is not a valid URL: postgres://USER:PASSWORD@HOST:PORT/DATABASE.`);
	}
	return {kind: 'postgres', url};
}

/** The local file queries wait in while PostgreSQL is unreachable. */
export function historyBufferPath(env: NodeJS.ProcessEnv): string {
	return join(defaultStateDir(env), BUFFER_FILE);
}

/** Where a location is, for messages: the file, or the URL without its password. */
export function describeLocation(location: HistoryLocation): string {
	return location.kind === 'sqlite' ? location.path : redactedDatabaseUrl(location.url);
}

export interface OpenHistoryOptions {
	readonly timeoutMs?: number;
	/** Prune what is older than this many days once opened; 0 or undefined keeps everything. */
	readonly retentionDays?: number;
	readonly now?: () => Date;
}

/**
 * Opens the history store at `location`: connects, applies the migrations it
 * lacks, and prunes what is past retention. Failures are one-line HistoryStoreErrors.
 */
export async function openHistory(location: HistoryLocation, options: OpenHistoryOptions = {}): Promise<HistoryStore> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_DB_TIMEOUT_MS;
	let store: HistoryStore;
	try {
		const connection = location.kind === 'sqlite' ? await openSqliteConnection(location.path, timeoutMs) : await openPostgresConnection(location.url, timeoutMs);
		store = await openHistoryStore(connection);
	} catch (error) {
		if (error instanceof HistoryStoreError) throw error;
		throw new HistoryStoreError(`Cannot use the history store at ${describeLocation(location)} (${plainReason(error)}).`);
	}
	const days = options.retentionDays ?? 0;
	if (days > 0) {
		const cutoff = new Date((options.now?.() ?? new Date()).getTime() - days * 86_400_000).toISOString();
		await store.pruneBefore(cutoff);
	}
	return store;
}

function plainReason(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const code = (error as {code?: unknown}).code;
	const line = (text.split('\n')[0] ?? '').replace(/^SQLITE_[A-Z_]+: /, '').trim();
	if (line !== '') return line;
	return typeof code === 'string' ? code : 'unknown error';
}
