import {migrate} from './migrations.js';
import type {SqlConnection, SqlRow, SqlValue} from './sql-connection.js';
import type {ChatTurnRecord, CountByKey, HistoryFilter, HistoryStats, QueryRecord, SavedView, TierHitRate} from './history-types.js';

/** Where history, chat turns, saved views and preferences are kept: a SQLite file or a PostgreSQL server. */
export interface HistoryStore {
	readonly dialect: 'sqlite' | 'postgres';
	/** A file path or a URL without its password. */
	readonly location: string;
	recordQueries(records: readonly QueryRecord[]): Promise<void>;
	recordChatTurns(turns: readonly ChatTurnRecord[]): Promise<void>;
	listQueries(filter: HistoryFilter): Promise<readonly QueryRecord[]>;
	chatTurns(conversationId: string): Promise<readonly ChatTurnRecord[]>;
	/** Chat turns of every conversation, newest first. */
	listChatTurns(filter: HistoryFilter): Promise<readonly ChatTurnRecord[]>;
	/** Removes these queries and chat turns (by record id): the buffer, once they are written elsewhere. */
	forget(queryIds: readonly string[], turnIds: readonly string[]): Promise<void>;
	stats(since?: string): Promise<HistoryStats>;
	/** Removes every query and chat turn; resolves to how many went. Views and preferences stay. */
	clear(): Promise<number>;
	/** Removes what was answered before `instant` (retention). */
	pruneBefore(instant: string): Promise<number>;
	saveView(view: SavedView): Promise<void>;
	views(): Promise<readonly SavedView[]>;
	view(name: string): Promise<SavedView | undefined>;
	deleteView(name: string): Promise<boolean>;
	setPreference(name: string, value: unknown): Promise<void>;
	preference(name: string): Promise<unknown>;
	close(): Promise<void>;
}

const QUERY_COLUMNS = [
	'record_id',
	'answered_at',
	'front_end',
	'command',
	'token_name',
	'scope',
	'identity',
	'query_key',
	'row_count',
	'total',
	'unit',
	'billable_requests',
	'cache_hit',
	'cache_tier',
	'latency_ms',
	'outcome',
	'error_kind',
	'conversation_id',
] as const;

const TURN_COLUMNS = 'record_id, conversation_id, asked_at, front_end, token_name, question, answer';

const TOP_REPEATED = 10;

/** The $0.01 each billable request costs, exact: whole cents as dollars. */
function dollarsFor(requests: number): string {
	const cents = BigInt(requests);
	return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

/** Opens the history on `connection`, migrating its schema first; the one store both databases share. */
export async function openHistoryStore(connection: SqlConnection): Promise<HistoryStore> {
	try {
		await migrate(connection);
	} catch (error) {
		await connection.close().catch(() => undefined);
		throw error;
	}
	return new SqlHistoryStore(connection);
}

class SqlHistoryStore implements HistoryStore {
	private readonly connection: SqlConnection;

	constructor(connection: SqlConnection) {
		this.connection = connection;
	}

	get dialect(): 'sqlite' | 'postgres' {
		return this.connection.dialect;
	}

	get location(): string {
		return this.connection.location;
	}

	async recordQueries(records: readonly QueryRecord[]): Promise<void> {
		const placeholders = QUERY_COLUMNS.map(() => '?').join(', ');
		const sql = `INSERT INTO queries (${QUERY_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT (record_id) DO NOTHING`;
		for (const record of records) await this.connection.run(sql, queryValues(record));
	}

	async recordChatTurns(turns: readonly ChatTurnRecord[]): Promise<void> {
		const sql =
			'INSERT INTO chat_turns (record_id, conversation_id, asked_at, front_end, token_name, question, answer) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO NOTHING';
		for (const turn of turns) {
			await this.connection.run(sql, [turn.recordId, turn.conversationId, turn.askedAt, turn.frontEnd, turn.tokenName, turn.question, turn.answer]);
		}
	}

	async listQueries(filter: HistoryFilter): Promise<readonly QueryRecord[]> {
		const rows = await this.connection.all(
			`SELECT ${QUERY_COLUMNS.join(', ')} FROM queries WHERE answered_at >= ? ORDER BY answered_at DESC, record_id DESC LIMIT ?`,
			[filter.since ?? '', filter.limit],
		);
		return rows.map(queryRecordOf);
	}

	async chatTurns(conversationId: string): Promise<readonly ChatTurnRecord[]> {
		const rows = await this.connection.all(`SELECT ${TURN_COLUMNS} FROM chat_turns WHERE conversation_id = ? ORDER BY asked_at, record_id`, [conversationId]);
		return rows.map(chatTurnOf);
	}

	async listChatTurns(filter: HistoryFilter): Promise<readonly ChatTurnRecord[]> {
		const rows = await this.connection.all(`SELECT ${TURN_COLUMNS} FROM chat_turns WHERE asked_at >= ? ORDER BY asked_at DESC, record_id DESC LIMIT ?`, [filter.since ?? '', filter.limit]);
		return rows.map(chatTurnOf);
	}

	async forget(queryIds: readonly string[], turnIds: readonly string[]): Promise<void> {
		for (const id of queryIds) await this.connection.run('DELETE FROM queries WHERE record_id = ?', [id]);
		for (const id of turnIds) await this.connection.run('DELETE FROM chat_turns WHERE record_id = ?', [id]);
	}

	async stats(since?: string): Promise<HistoryStats> {
		const from = since ?? '';
		const totals = await this.connection.all('SELECT COUNT(*) AS queries, COALESCE(SUM(billable_requests), 0) AS requests FROM queries WHERE answered_at >= ?', [from]);
		const grouped = async (expression: string): Promise<readonly CountByKey[]> => {
			const rows = await this.connection.all(
				`SELECT ${expression} AS grp, COUNT(*) AS queries, COALESCE(SUM(billable_requests), 0) AS requests FROM queries WHERE answered_at >= ? GROUP BY ${expression} ORDER BY requests DESC, grp`,
				[from],
			);
			return rows.map(row => ({key: String(row['grp']), queries: Number(row['queries']), billableRequests: Number(row['requests']), dollars: dollarsFor(Number(row['requests']))}));
		};
		const byDay = [...(await grouped('SUBSTR(answered_at, 1, 10)'))].sort((a, b) => a.key.localeCompare(b.key));
		const byIdentity = await grouped("CASE WHEN identity = '' THEN '(unknown)' ELSE identity END");
		const byCommand = await grouped("front_end || ' ' || command");
		const answered = await this.connection.all("SELECT COUNT(*) AS queries, COALESCE(SUM(cache_hit), 0) AS hits FROM queries WHERE answered_at >= ? AND outcome <> 'failed'", [from]);
		const tiers = await this.connection.all(
			"SELECT COALESCE(cache_tier, 'cache') AS tier, COUNT(*) AS hits FROM queries WHERE answered_at >= ? AND outcome <> 'failed' AND cache_hit = 1 GROUP BY COALESCE(cache_tier, 'cache') ORDER BY hits DESC, tier",
			[from],
		);
		const repeated = await this.connection.all(
			'SELECT query_key, COUNT(*) AS count, MAX(answered_at) AS last FROM queries WHERE answered_at >= ? GROUP BY query_key HAVING COUNT(*) > 1 ORDER BY count DESC, last DESC LIMIT ?',
			[from, TOP_REPEATED],
		);
		const requests = Number(totals[0]?.['requests'] ?? 0);
		return {
			since: since ?? null,
			queries: Number(totals[0]?.['queries'] ?? 0),
			billableRequests: requests,
			dollars: dollarsFor(requests),
			byDay,
			byIdentity,
			byCommand,
			cacheHitRateByTier: hitRates(Number(answered[0]?.['queries'] ?? 0), Number(answered[0]?.['hits'] ?? 0), tiers),
			mostRepeated: repeated.map(row => ({queryKey: String(row['query_key']), count: Number(row['count']), lastAnsweredAt: String(row['last'])})),
		};
	}

	async clear(): Promise<number> {
		const queries = await this.connection.run('DELETE FROM queries');
		const turns = await this.connection.run('DELETE FROM chat_turns');
		return queries + turns;
	}

	async pruneBefore(instant: string): Promise<number> {
		const queries = await this.connection.run('DELETE FROM queries WHERE answered_at < ?', [instant]);
		const turns = await this.connection.run('DELETE FROM chat_turns WHERE asked_at < ?', [instant]);
		return queries + turns;
	}

	async saveView(view: SavedView): Promise<void> {
		await this.connection.run('INSERT INTO saved_views (name, view, saved_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET view = excluded.view, saved_at = excluded.saved_at', [
			view.name,
			JSON.stringify(view.options),
			view.savedAt,
		]);
	}

	async views(): Promise<readonly SavedView[]> {
		return (await this.connection.all('SELECT name, view, saved_at FROM saved_views ORDER BY name')).map(savedViewOf);
	}

	async view(name: string): Promise<SavedView | undefined> {
		const rows = await this.connection.all('SELECT name, view, saved_at FROM saved_views WHERE name = ?', [name]);
		return rows[0] === undefined ? undefined : savedViewOf(rows[0]);
	}

	async deleteView(name: string): Promise<boolean> {
		return (await this.connection.run('DELETE FROM saved_views WHERE name = ?', [name])) > 0;
	}

	async setPreference(name: string, value: unknown): Promise<void> {
		await this.connection.run('INSERT INTO preferences (name, value, saved_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at', [
			name,
			JSON.stringify(value),
			new Date().toISOString(),
		]);
	}

	async preference(name: string): Promise<unknown> {
		const rows = await this.connection.all('SELECT value FROM preferences WHERE name = ?', [name]);
		return rows[0] === undefined ? undefined : (JSON.parse(String(rows[0]['value'])) as unknown);
	}

	close(): Promise<void> {
		return this.connection.close();
	}
}

function queryValues(record: QueryRecord): SqlValue[] {
	return [
		record.recordId,
		record.answeredAt,
		record.frontEnd,
		record.command,
		record.tokenName,
		record.scope,
		record.identity,
		record.queryKey,
		record.rowCount,
		record.total,
		record.unit,
		record.billableRequests,
		record.cacheHit ? 1 : 0,
		record.cacheTier,
		record.latencyMs,
		record.outcome,
		record.errorKind,
		record.conversationId,
	];
}

/** Of the answered queries, the share every tier served, after the share all tiers together served (`all`). */
function hitRates(queries: number, hits: number, tiers: readonly SqlRow[]): TierHitRate[] {
	if (queries === 0) return [];
	const rate = (count: number): number => Math.round((count / queries) * 10_000) / 10_000;
	return [{tier: 'all', queries, hits, hitRate: rate(hits)}, ...tiers.map(row => ({tier: String(row['tier']), queries, hits: Number(row['hits']), hitRate: rate(Number(row['hits']))}))];
}

const nullableText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function queryRecordOf(row: SqlRow): QueryRecord {
	return {
		recordId: String(row['record_id']),
		answeredAt: String(row['answered_at']),
		frontEnd: String(row['front_end']) as QueryRecord['frontEnd'],
		command: String(row['command']),
		tokenName: nullableText(row['token_name']),
		scope: String(row['scope']),
		identity: String(row['identity']),
		queryKey: String(row['query_key']),
		rowCount: Number(row['row_count']),
		total: nullableText(row['total']),
		unit: String(row['unit']),
		billableRequests: Number(row['billable_requests']),
		cacheHit: Number(row['cache_hit']) === 1,
		cacheTier: nullableText(row['cache_tier']),
		latencyMs: Number(row['latency_ms']),
		outcome: String(row['outcome']) as QueryRecord['outcome'],
		errorKind: nullableText(row['error_kind']),
		conversationId: nullableText(row['conversation_id']),
	};
}

function chatTurnOf(row: SqlRow): ChatTurnRecord {
	return {
		recordId: String(row['record_id']),
		conversationId: String(row['conversation_id']),
		askedAt: String(row['asked_at']),
		frontEnd: String(row['front_end']) as ChatTurnRecord['frontEnd'],
		tokenName: nullableText(row['token_name']),
		question: String(row['question']),
		answer: String(row['answer']),
	};
}

function savedViewOf(row: SqlRow): SavedView {
	return {name: String(row['name']), options: JSON.parse(String(row['view'])) as SavedView['options'], savedAt: String(row['saved_at'])};
}
