import type {SqlConnection} from './sql-connection.js';

/**
 * The history schema, one step per version, in SQL both SQLite and
 * PostgreSQL read the same. A step is never edited once released: a change
 * is a new step. Times are ISO 8601 UTC text; money is exact decimal text.
 */
export const MIGRATIONS: readonly {readonly version: number; readonly statements: readonly string[]}[] = [
	{
		version: 1,
		statements: [
			`CREATE TABLE queries (
				record_id TEXT PRIMARY KEY,
				answered_at TEXT NOT NULL,
				front_end TEXT NOT NULL,
				command TEXT NOT NULL,
				token_name TEXT,
				scope TEXT NOT NULL,
				identity TEXT NOT NULL,
				query_key TEXT NOT NULL,
				row_count INTEGER NOT NULL,
				total TEXT,
				unit TEXT NOT NULL,
				billable_requests INTEGER NOT NULL,
				cache_hit INTEGER NOT NULL,
				cache_tier TEXT,
				latency_ms INTEGER NOT NULL,
				outcome TEXT NOT NULL,
				error_kind TEXT,
				conversation_id TEXT
			)`,
			'CREATE INDEX queries_answered_at ON queries (answered_at)',
			`CREATE TABLE chat_turns (
				record_id TEXT PRIMARY KEY,
				conversation_id TEXT NOT NULL,
				asked_at TEXT NOT NULL,
				front_end TEXT NOT NULL,
				token_name TEXT,
				question TEXT NOT NULL,
				answer TEXT NOT NULL
			)`,
			'CREATE INDEX chat_turns_conversation ON chat_turns (conversation_id, asked_at)',
		],
	},
	{
		version: 2,
		statements: [
			`CREATE TABLE saved_views (
				name TEXT PRIMARY KEY,
				view TEXT NOT NULL,
				saved_at TEXT NOT NULL
			)`,
			`CREATE TABLE preferences (
				name TEXT PRIMARY KEY,
				value TEXT NOT NULL,
				saved_at TEXT NOT NULL
			)`,
		],
	},
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Brings the schema to `target` (the latest by default), each step once:
 * under the store's lock, so two processes starting at once take turns and
 * the second finds nothing left to do. Resolves to the version it ends at.
 */
export async function migrate(connection: SqlConnection, target = LATEST_SCHEMA_VERSION): Promise<number> {
	return connection.exclusive(async inside => {
		await inside.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
		const rows = await inside.all('SELECT MAX(version) AS version FROM schema_version');
		const current = Number(rows[0]?.['version'] ?? 0);
		if (current > LATEST_SCHEMA_VERSION) {
			throw new Error(`The history store is at schema version ${current}, newer than this aws-cost knows (${LATEST_SCHEMA_VERSION}): upgrade aws-cost.`);
		}
		for (const step of MIGRATIONS) {
			if (step.version <= current || step.version > target) continue;
			for (const statement of step.statements) await inside.run(statement);
			await inside.run('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)', [step.version, new Date().toISOString()]);
		}
		return Math.max(current, Math.min(target, LATEST_SCHEMA_VERSION));
	});
}
