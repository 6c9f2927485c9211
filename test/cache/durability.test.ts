import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {KeyvSqlite} from '@keyv/sqlite';
import {describe, expect, it} from 'vitest';
import {entryKey, indexKey, lastAnswerKey} from '../../source/cache/cache-keys.js';
import {amountToString} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {Identity} from '../../source/sources/source.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, BEN, ManualClock, SERVICE, query, useTempCaches} from './temp-cache.js';

const caches = useTempCaches();
const daily = query('2026-07-01', '2026-09-01', 'DAILY', [SERVICE]);
const monthly = query('2026-07-01', '2026-09-01', 'MONTHLY', [SERVICE]);

/** Runs `sql` on the cache file through a connection of its own, as another program would. */
async function onTheFile<Result>(path: string, work: (sqlite: KeyvSqlite) => Promise<Result>): Promise<Result> {
	const sqlite = new KeyvSqlite({uri: `sqlite://${path}`, busyTimeout: 5000});
	try {
		return await work(sqlite);
	} finally {
		await sqlite.close();
	}
}

const storedKey = (identity: Identity, of: CostQuery): string => `aws-cost:${entryKey(identity, of)}`;

async function storedValue(path: string, key: string): Promise<string> {
	const rows = (await onTheFile(path, async sqlite => sqlite.query('SELECT value FROM keyv WHERE key = ?', key))) as Array<{value: string}>;
	if (rows[0] === undefined) throw new Error(`nothing stored under ${key}`);
	return rows[0].value;
}

async function overwrite(path: string, key: string, value: string): Promise<void> {
	await onTheFile(path, async sqlite => sqlite.query('UPDATE keyv SET value = ? WHERE key = ?', value, key));
}

describe('a damaged or foreign value is a miss, never wrong data', () => {
	it.each([
		['one digit of an amount changed', (text: string) => text.replace(/"(\d+)\.(\d)/, (_all, whole: string, digit: string) => `"${whole}.${(Number(digit) + 1) % 10}`)],
		['torn halfway', (text: string) => text.slice(0, Math.floor(text.length / 2))],
		['a foreign value', () => 'hello'],
		['empty', () => ''],
		['written by a future format', (text: string) => text.replace('/v1 ', '/v9 ')],
	])('%s', async (_name, damage) => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 2, TODAY);
		const key = storedKey(ANA, daily);
		const intact = await storedValue(caches.path(), key);
		const damaged = damage(intact);
		expect(damaged).not.toBe(intact);
		await overwrite(caches.path(), key, damaged);
		expect(await cache.lookup(ANA, monthly, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, daily, TODAY)).toBeUndefined();
	});

	it('an intact entry of another account copied under this key', async () => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 1, TODAY);
		await cache.store(BEN, daily, [], 1, TODAY);
		await overwrite(caches.path(), storedKey(ANA, daily), await storedValue(caches.path(), storedKey(BEN, daily)));
		expect(await cache.lookup(ANA, daily, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, monthly, TODAY)).toBeUndefined();
	});

	it('a damaged index only costs derived answers', async () => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 1, TODAY);
		await overwrite(caches.path(), `aws-cost:${indexKey(ANA, daily)}`, 'garbage');
		expect(await cache.lookup(ANA, monthly, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, daily, TODAY)).toBeDefined();
	});

	it('an index naming an entry that is gone (a crash, a clear elsewhere) is a miss', async () => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 1, TODAY);
		await onTheFile(caches.path(), async sqlite => sqlite.query('DELETE FROM keyv WHERE key = ?', storedKey(ANA, daily)));
		expect(await cache.lookup(ANA, monthly, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, daily, TODAY)).toBeUndefined();
	});

	it('writes the entry before the index that names it', async () => {
		const cache = await caches.open();
		// Watch the order of writes on the file through SQLite's own log of changes.
		await onTheFile(caches.path(), async sqlite => {
			await sqlite.query('CREATE TABLE IF NOT EXISTS write_order (key TEXT)');
			await sqlite.query('CREATE TRIGGER IF NOT EXISTS log_insert AFTER INSERT ON keyv BEGIN INSERT INTO write_order VALUES (new.key); END');
		});
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 1, TODAY);
		const rows = (await onTheFile(caches.path(), async sqlite => sqlite.query('SELECT key FROM write_order ORDER BY rowid'))) as Array<{key: string}>;
		// The stale stand-in (the last answer, kept past expiry) is written with the entry, before the index too.
		expect(rows.map(row => row.key)).toEqual([storedKey(ANA, daily), `aws-cost:${lastAnswerKey(ANA, daily)}`, `aws-cost:${indexKey(ANA, daily)}`]);
	});
});

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('lookup-in-child-process.ts', import.meta.url));

describe('persistence', () => {
	it('a second cache on the same file answers what the first stored', async () => {
		const first = await caches.open();
		await first.store(ANA, daily, answerLikeCostExplorer(daily), 2, TODAY);
		await first.close();
		const second = await caches.open();
		expect(await second.lookup(ANA, daily, TODAY)).toEqual({rows: answerLikeCostExplorer(daily), derived: false, tier: 'l2'});
		// Derived from the DAILY entry the line above brought into memory.
		expect(await second.lookup(ANA, monthly, TODAY)).toEqual({rows: answerLikeCostExplorer(monthly), derived: true, tier: 'l1'});
	});

	it('another process answers from the file, and its hit shows in our stats', async () => {
		// The child process runs on the real clock.
		const cache = await caches.open(new ManualClock(Date.now()));
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 2, TODAY);
		const {stdout} = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', childScript, caches.path(), JSON.stringify(ANA), JSON.stringify(monthly), TODAY],
			{cwd: repositoryRoot},
		);
		const answer = JSON.parse(stdout) as {derived: boolean; rows: Array<{amount: string}>; stats: {hits: number}};
		expect(answer.derived).toBe(true);
		expect(answer.rows.map(row => row.amount)).toEqual(answerLikeCostExplorer(monthly).map(row => amountToString(row.amount)));
		expect(answer.stats.hits).toBe(1);
		expect(await cache.stats()).toMatchObject({hits: 1, requestsSaved: 1});
	});
});
