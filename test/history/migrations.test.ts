import {spawn} from 'node:child_process';
import {statSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {openHistoryStore} from '../../source/history/history-store.js';
import {LATEST_SCHEMA_VERSION, migrate} from '../../source/history/migrations.js';
import {openHistory, type HistoryLocation} from '../../source/history/open-history.js';
import {openPostgresConnection} from '../../source/history/postgres-connection.js';
import type {SqlConnection} from '../../source/history/sql-connection.js';
import {openSqliteConnection} from '../../source/history/sqlite-connection.js';
import {type PostgresServer, startPostgres} from '../fixtures/postgres-server.js';
import {tempDir} from '../fixtures/run-cli.js';
import {queryRecord} from './store-records.js';

let postgres: PostgresServer;
const dir = tempDir('aws-cost-migrations-');
let databases = 0;
const repoRoot = new URL('../..', import.meta.url).pathname;

beforeAll(async () => {
	postgres = await startPostgres();
}, 90_000);
afterAll(async () => {
	await postgres?.stop();
	dir.remove();
}, 60_000);

const fresh: Record<'sqlite' | 'postgres', () => Promise<{target: string; location: HistoryLocation; connect: () => Promise<SqlConnection>}>> = {
	sqlite: async () => {
		const path = `${dir.path}/migrate-${++databases}/history.sqlite`;
		return {target: path, location: {kind: 'sqlite', path}, connect: () => openSqliteConnection(path)};
	},
	postgres: async () => {
		const url = await postgres.createDatabase(`migrate_${++databases}`);
		return {target: url, location: {kind: 'postgres', url}, connect: () => openPostgresConnection(url)};
	},
};

const versions = async (connection: SqlConnection): Promise<number[]> =>
	(await connection.all('SELECT version FROM schema_version ORDER BY version')).map(row => Number(row['version']));

function migrateInProcess(target: string): Promise<{code: number | null; output: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'test/history/migrate-process.ts', target], {cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout.on('data', chunk => (output += chunk));
		child.stderr.on('data', chunk => (output += chunk));
		child.once('error', reject);
		child.once('close', code => resolve({code, output}));
	});
}

describe.each(['sqlite', 'postgres'] as const)('migrations on %s', kind => {
	test('from empty: every step once, recorded in schema_version; opening again changes nothing', async () => {
		const {location, connect} = await fresh[kind]();
		await (await openHistory(location)).close();
		await (await openHistory(location)).close();
		const connection = await connect();
		try {
			expect(await versions(connection)).toEqual(Array.from({length: LATEST_SCHEMA_VERSION}, (_, index) => index + 1));
		} finally {
			await connection.close();
		}
	});

	test('from the previous version: its records stay, the new tables appear', async () => {
		const {location, connect} = await fresh[kind]();
		const old = await connect();
		expect(await migrate(old, LATEST_SCHEMA_VERSION - 1)).toBe(LATEST_SCHEMA_VERSION - 1);
		const kept = queryRecord();
		await old.run(
			'INSERT INTO queries (record_id, answered_at, front_end, command, token_name, scope, identity, query_key, row_count, total, unit, billable_requests, cache_hit, cache_tier, latency_ms, outcome, error_kind, conversation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			[kept.recordId, kept.answeredAt, kept.frontEnd, kept.command, null, kept.scope, kept.identity, kept.queryKey, kept.rowCount, kept.total, kept.unit, kept.billableRequests, 0, null, kept.latencyMs, kept.outcome, null, null],
		);
		await expect(old.all('SELECT name FROM saved_views')).rejects.toThrow();
		await old.close();
		const store = await openHistory(location);
		try {
			expect(await store.listQueries({limit: 5})).toEqual([kept]);
			await store.saveView({name: 'after', options: {}, savedAt: kept.answeredAt});
			expect(await store.views()).toHaveLength(1);
		} finally {
			await store.close();
		}
	});

	test('a schema newer than this aws-cost is refused with a one-line reason', async () => {
		const {connect} = await fresh[kind]();
		const connection = await connect();
		await migrate(connection);
		await connection.run('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)', [LATEST_SCHEMA_VERSION + 1, 'later']);
		await expect(openHistoryStore(connection)).rejects.toThrow(/newer than this aws-cost knows/);
	});

	test('two processes starting at once both migrate safely: each step applied once', async () => {
		const {target, connect} = await fresh[kind]();
		const runs = await Promise.all([migrateInProcess(target), migrateInProcess(target), migrateInProcess(target)]);
		for (const run of runs) expect(run, run.output).toMatchObject({code: 0});
		const connection = await connect();
		try {
			expect(await versions(connection)).toEqual(Array.from({length: LATEST_SCHEMA_VERSION}, (_, index) => index + 1));
			expect((await connection.all('SELECT COUNT(*) AS n FROM queries'))[0]?.['n']).toEqual(kind === 'sqlite' ? 3 : '3');
		} finally {
			await connection.close();
		}
	}, 90_000);
});

test('the SQLite history file is private (0600)', async () => {
	const {location} = await fresh.sqlite();
	await (await openHistory(location)).close();
	expect(statSync((location as {path: string}).path).mode & 0o777).toBe(0o600);
});
