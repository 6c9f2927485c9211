import type {KeyvSqlite} from '@keyv/sqlite';
import type {Keyv} from 'keyv';

/** The few things the cost cache asks of its key-value store. */
export interface CacheStorage {
	get(key: string): Promise<string | undefined>;
	/**
	 * Resolves once the value is stored. `ttlMs` lets a store drop the value by
	 * itself after that long (Redis); values carry their own expiry anyway.
	 */
	set(key: string, value: string, ttlMs?: number): Promise<void>;
	delete(key: string): Promise<void>;
	/** How many keys start with `prefix`. */
	countKeys(prefix: string): Promise<number>;
	/** Removes every key and gives the space back to the file system. */
	clear(): Promise<void>;
	close(): Promise<void>;
}

const namespace = 'aws-cost';
const table = 'keyv';
/** Another process holding the write lock makes us wait this long, not fail. */
const busyTimeoutMs = 5000;

/**
 * keyv over @keyv/sqlite in the file at `path`. Loaded on first use, so
 * processes that never open the cache never load the native sqlite module.
 * Values are stored as the text given (no keyv envelope, no keyv expiry:
 * values carry their own expiry, judged against an injectable clock).
 */
export async function openKeyvStorage(path: string): Promise<CacheStorage> {
	const [{Keyv: KeyvClass}, {KeyvSqlite: KeyvSqliteClass}] = await Promise.all([import('keyv'), import('@keyv/sqlite')]);
	const sqlite: KeyvSqlite = new KeyvSqliteClass({uri: `sqlite://${path}`, table, busyTimeout: busyTimeoutMs});
	const keyv: Keyv<string> = new KeyvClass<string>({
		store: sqlite,
		namespace,
		throwOnErrors: true,
		serialize: data => String(data.value),
		deserialize: text => ({value: text as never}),
	});
	try {
		// WAL: readers in other processes do not block a writer, and a commit costs no fsync of its own;
		// a power cut can lose the last few writes, never leave the file inconsistent. Fine for a cache.
		await sqlite.query('PRAGMA journal_mode = WAL');
		await sqlite.query('PRAGMA synchronous = NORMAL');
		// Reading the first rows finds most damage (a foreign, truncated or torn file) now, not mid-command.
		await sqlite.query(`SELECT key FROM ${table} LIMIT 1`);
	} catch (error) {
		await sqlite.close().catch(() => undefined);
		// Callers tell a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) from one they may not use by its code.
		throw error;
	}
	return {
		get: async key => (await keyv.get(key)) ?? undefined,
		async set(key, value) {
			await keyv.set(key, value);
		},
		async delete(key) {
			await keyv.delete(key);
		},
		async countKeys(prefix) {
			const pattern = `${escapeLike(`${namespace}:${prefix}`)}%`;
			const rows = (await sqlite.query(`SELECT COUNT(*) AS count FROM ${table} WHERE key LIKE ? ESCAPE '\\'`, pattern)) as Array<{
				count: number;
			}>;
			return rows[0]?.count ?? 0;
		},
		async clear() {
			await keyv.clear();
			await sqlite.query('VACUUM');
			await sqlite.query('PRAGMA wal_checkpoint(TRUNCATE)');
		},
		close: async () => keyv.disconnect(),
	};
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, character => `\\${character}`);
}
