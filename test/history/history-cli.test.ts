import {afterAll, expect, test} from 'vitest';
import type {HistoryStats, QueryRecord} from '../../source/history/history-types.js';
import {historyBufferPath, openHistory} from '../../source/history/open-history.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-history-cli-');
afterAll(() => dir.remove());

const envIn = (name: string): NodeJS.ProcessEnv => isolatedEnv(`${dir.path}/${name}`);
const query = ['query', '--demo', '--today', '2026-11-25', '--range', 'last-month', '--group-by', 'SERVICE', '--format', 'json'];

test('every query the CLI answers is recorded: listed newest first, as table, json, csv and markdown', async () => {
	const env = envIn('list');
	expect((await runCliInProcess(query, env)).code).toBe(0);
	expect((await runCliInProcess([...query.slice(0, -2), '--granularity', 'DAILY', '--range', 'last-7-days'], env)).code).toBe(0);
	const listed = await runCliInProcess(['history', '--format', 'json'], env);
	expect(listed.code).toBe(0);
	const records = JSON.parse(listed.stdout) as QueryRecord[];
	expect(records).toHaveLength(2);
	expect(records[0]).toMatchObject({frontEnd: 'cli', command: 'query', scope: 'demo', outcome: 'answered', errorKind: null, cacheHit: false, cacheTier: null, tokenName: null});
	expect(JSON.parse(records[0]!.queryKey)).toMatchObject({granularity: 'DAILY', period: {start: '2026-11-18', end: '2026-11-25'}});
	expect(JSON.parse(records[1]!.queryKey)).toMatchObject({granularity: 'MONTHLY', period: {start: '2026-10-01', end: '2026-11-01'}, groupBy: [{type: 'DIMENSION', key: 'SERVICE'}]});
	expect(records[1]!.rowCount).toBeGreaterThan(3);
	expect(records[1]!.total).toMatch(/^\d+\.\d+$/);
	expect(records[1]!.identity).toMatch(/^\d{12}\//);

	const table = await runCliInProcess(['history', '--limit', '1'], env);
	expect(table.stdout).toMatch(/When \(UTC\)\s+Front end\s+Who\s+Query/);
	expect(table.stdout).toContain('cli query');
	expect(table.stdout).toContain('2026-11-18..2026-11-25 DAILY UnblendedCost');
	expect(table.stdout.trim().split('\n')).toHaveLength(2);
	const csv = await runCliInProcess(['history', '--format', 'csv'], env);
	expect(csv.stdout.split('\n')[0]).toBe('When (UTC),Front end,Who,Query,Rows,Total,Requests,Cache,ms,Outcome');
	expect(csv.stdout.trim().split('\n')).toHaveLength(3);
	const markdown = await runCliInProcess(['history', '--format', 'markdown'], env);
	expect(markdown.stdout).toMatch(/^\| When \(UTC\) \| Front end/);
	expect(JSON.parse((await runCliInProcess(['history', '--format', 'json', '--since', '2999-01-01'], env)).stdout)).toEqual([]);
});

test('stats: the same query twice is one cache hit and the most repeated query; reports record as their command', async () => {
	const env = envIn('stats');
	await runCliInProcess(query, env);
	await runCliInProcess(query, env);
	expect((await runCliInProcess(['forecast', '--demo', '--today', '2026-11-25', '--format', 'json'], env)).code).toBe(0);
	const stats = JSON.parse((await runCliInProcess(['history', 'stats', '--format', 'json'], env)).stdout) as HistoryStats;
	expect(stats.queries).toBeGreaterThanOrEqual(3);
	expect(stats.byCommand.map(row => row.key)).toEqual(expect.arrayContaining(['cli query', 'cli forecast']));
	expect(stats.byCommand.find(row => row.key === 'cli query')?.queries).toBe(2);
	expect(stats.cacheHitRateByTier[0]).toMatchObject({tier: 'all'});
	expect(stats.cacheHitRateByTier[0]!.hits).toBeGreaterThanOrEqual(1);
	// The second run is a new process's cache: its answer came from the file (L2), and the history says so.
	expect(stats.cacheHitRateByTier.map(row => row.tier)).toContain('l2');
	expect(stats.mostRepeated[0]).toMatchObject({count: 2});
	expect(JSON.parse(stats.mostRepeated[0]!.queryKey)).toMatchObject({groupBy: [{type: 'DIMENSION', key: 'SERVICE'}]});
	expect(stats.byDay.map(row => row.dollars).every(dollars => /^\d+\.\d\d$/.test(dollars))).toBe(true);
	const table = await runCliInProcess(['history', 'stats'], env);
	expect(table.stdout).toMatch(/Billable requests: \d+ \(\$\d+\.\d\d\)/);
	expect(table.stdout).toContain('Most repeated queries');
	expect(table.stdout).toContain('Cache hit rate by tier');
});

test('a failed query is recorded with its error kind; clear forgets everything', async () => {
	const env = envIn('clear');
	const failed = await runCliInProcess(['query', '--demo', '--today', '2026-11-25', '--granularity', 'HOURLY', '--range', 'last-3-months'], env);
	expect(failed.code).not.toBe(0);
	await runCliInProcess(query, env);
	const records = JSON.parse((await runCliInProcess(['history', '--format', 'json'], env)).stdout) as QueryRecord[];
	expect(records.map(record => [record.outcome, record.errorKind])).toEqual([
		['answered', null],
		['failed', 'bad-input'],
	]);
	const cleared = await runCliInProcess(['history', 'clear'], env);
	expect(cleared).toMatchObject({code: 0});
	expect(cleared.stdout).toMatch(/^History cleared \(\d+ records\)/);
	expect(JSON.parse((await runCliInProcess(['history', '--format', 'json'], env)).stdout)).toEqual([]);
});

test('AWS_COST_HISTORY=off records nothing', async () => {
	const env = {...envIn('off'), AWS_COST_HISTORY: 'off'};
	await runCliInProcess(query, env);
	expect(JSON.parse((await runCliInProcess(['history', '--format', 'json'], env)).stdout)).toEqual([]);
});

test.each([
	[['history', '--limit', '0'], /--limit "0" must be a whole number from 1 to 10000/],
	[['history', '--since', 'yesterday-ish'], /--since "yesterday-ish" must be a day/],
	[['history', '--format', 'xml'], /Unknown format "xml": use table, json, csv, markdown/],
	[['history', 'purge'], /Unknown history action "purge"/],
	[['history', 'stats', '--format', 'csv'], /history stats prints table or json/],
	[['history', '--db-url', 'mysql://x'], /--db-url must be a postgres:\/\/ URL/],
])('history %j is refused in one line, exit 2', async (argv, message) => {
	const run = await runCliInProcess(argv, envIn('bad'));
	expect(run.code).toBe(2);
	expect(run.stderr).toMatch(message);
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
});

test('PostgreSQL that is not there: history fails in one line, exit 1; a query still answers, warns once, and buffers the record', async () => {
	const env = {...envIn('pg-down'), AWS_COST_DB_URL: 'postgres://nobody@127.0.0.1:1/none'};
	const listed = await runCliInProcess(['history'], env);
	expect(listed.code).toBe(1);
	expect(listed.stderr).toMatch(/^aws-cost: Cannot use the history store at postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
	expect(listed.stderr.trim().split('\n')).toHaveLength(1);
	const answered = await runCliInProcess(query, env);
	expect(answered.code).toBe(0);
	expect(JSON.parse(answered.stdout)).toBeTruthy();
	expect(answered.stderr.match(/warning: The history store is unreachable/g)).toHaveLength(1);
	expect(answered.stderr).toContain('history-buffer.sqlite');
	// The buffer is a history store of its own: its records wait there until PostgreSQL takes them.
	const buffer = await openHistory({kind: 'sqlite', path: historyBufferPath(env)});
	try {
		expect(await buffer.listQueries({limit: 10})).toEqual([expect.objectContaining({frontEnd: 'cli', command: 'query', outcome: 'answered'})]);
	} finally {
		await buffer.close();
	}
});

test('a chat question is kept with the queries its tool calls ran (one conversation id)', async () => {
	const env = envIn('chat');
	const asked = await runCliInProcess(['ask', '--demo', '--offline', '--today', '2026-11-25', 'top services last month'], env);
	expect(asked.code, asked.stderr).toBe(0);
	const store = await openHistory({kind: 'sqlite', path: `${env['XDG_STATE_HOME']}/aws-cost/history.sqlite`});
	try {
		const [query] = await store.listQueries({limit: 5});
		expect(query).toMatchObject({frontEnd: 'chat', command: 'ask', outcome: 'answered'});
		expect(query!.conversationId).toMatch(/^[0-9a-f-]{36}$/);
		const turns = await store.chatTurns(query!.conversationId!);
		expect(turns).toEqual([expect.objectContaining({frontEnd: 'chat', question: 'top services last month'})]);
		expect(turns[0]!.answer.length).toBeGreaterThan(0);
	} finally {
		await store.close();
	}
});
