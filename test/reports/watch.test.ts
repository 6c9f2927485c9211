import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {silentLogger} from '../../source/log.js';
import {nextRunAt} from '../../source/reports/watch/schedule.js';
import {parseAlert, parseAt, parseEvery, parseWatchPlan} from '../../source/reports/watch/watch-plan.js';
import {startWatch} from '../../source/reports/watch/watch-service.js';
import type {WatchTimer} from '../../source/reports/watch/watcher.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {startHttpReceiver} from './receivers.js';
import {runLogged, writeSettings} from './report-run.js';

// The demo's first report reads weeks of history with a cold cache: slow on a loaded machine, never a hang.
vi.setConfig({testTimeout: 120_000});

/** A clock that moves only when the watcher sleeps: runs happen at once, in order, at the times they would. */
function fakeTimer(start: string): WatchTimer & {sleeps: number[]} {
	let now = Date.parse(start);
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => new Date(now),
		sleep: async ms => {
			sleeps.push(ms);
			now += ms;
		},
	};
}

describe('watch plans', () => {
	it.each([
		['30m', 1_800_000],
		['6h', 21_600_000],
		['1d', 86_400_000],
		['2w', 1_209_600_000],
	])('reads --every %s', (text, ms) => expect(parseEvery(text)).toBe(ms));

	it.each(['0m', '1s', 'daily', '', '1.5d'])('refuses --every %j', text => expect(() => parseEvery(text)).toThrow(/^--every .* must be a number and a unit/));
	it.each(['9', '24:00', '09:60', 'noon'])('refuses --at %j', text => expect(() => parseAt(text)).toThrow(/^--at .* must be a time of day, HH:MM in UTC/));

	it('reads alert rules and refuses others', () => {
		expect(['budget-forecast', 'budget-exceeded', 'anomaly:$500', 'anomaly:120.5', 'anomaly:25%'].map(parseAlert)).toEqual([
			{kind: 'budget-forecast'},
			{kind: 'budget-exceeded'},
			{kind: 'anomaly-dollars', minimum: 500},
			{kind: 'anomaly-dollars', minimum: 120.5},
			{kind: 'anomaly-percent', minimum: 25},
		]);
		expect(() => parseAlert('anomaly:lots')).toThrow(/use budget-forecast, budget-exceeded, anomaly:\$AMOUNT or anomaly:PERCENT%/);
		expect(() => parseWatchPlan({to: ['file:x.md']})).toThrow(/needs something to send/);
		expect(() => parseWatchPlan({report: 'daily'})).toThrow(/needs somewhere to send/);
	});

	it('runs at --at, later today or tomorrow, then every period after the last run', () => {
		const daily = {everyMs: 86_400_000, atMinute: 9 * 60};
		expect(nextRunAt(daily, new Date('2026-11-25T08:00:00Z'), undefined).toISOString()).toBe('2026-11-25T09:00:00.000Z');
		expect(nextRunAt(daily, new Date('2026-11-25T09:00:01Z'), undefined).toISOString()).toBe('2026-11-26T09:00:00.000Z');
		expect(nextRunAt(daily, new Date('2026-11-26T09:00:05Z'), new Date('2026-11-26T09:00:00Z')).toISOString()).toBe('2026-11-27T09:00:00.000Z');
		const sixHours = {everyMs: 6 * 3_600_000, atMinute: 9 * 60};
		expect(nextRunAt(sixHours, new Date('2026-11-25T16:00:00Z'), undefined).toISOString()).toBe('2026-11-25T21:00:00.000Z');
		expect(nextRunAt({everyMs: 3_600_000, atMinute: undefined}, new Date('2026-11-25T16:12:00Z'), undefined).toISOString()).toBe('2026-11-25T16:12:00.000Z');
	});
});

describe('aws-cost watch', () => {
	const dir = tempDir('aws-cost-watch-');
	afterAll(() => dir.remove());
	const closers: (() => Promise<void>)[] = [];
	afterEach(async () => {
		await Promise.all(closers.splice(0).map(close => close()));
	});
	let count = 0;
	function watchEnv(): NodeJS.ProcessEnv {
		const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, `config-${count}`), XDG_STATE_HOME: join(dir.path, `state-${count++}`)});
		writeSettings(env, {reports: {backoffSeconds: 0.01, retries: 2}, budgets: [{name: 'Whole bill', monthlyAmount: 1000, scope: {}}]});
		return env;
	}

	async function watchRuns(env: NodeJS.ProcessEnv, url: string, runs: number, start = '2026-11-25T08:00:00Z') {
		const said: string[] = [];
		const warned: string[] = [];
		const timer = fakeTimer(start);
		const watch = await startWatch({
			watch: {every: '1d', at: '09:00', report: 'daily', alert: ['budget-exceeded', 'anomaly:$500'], to: [`webhook:${url}`]},
			query: {demo: true},
			env,
			logger: silentLogger,
			say: line => said.push(line),
			warn: line => warned.push(line),
			timer,
			maxRuns: runs,
		});
		await watch.done;
		return {said, warned, timer};
	}

	const typesOf = (requests: readonly {body: string}[]) => requests.map(request => (JSON.parse(request.body) as {type: string}).type);

	it('sends the report every run but each alert once, and remembers that across a restart', async () => {
		const hook = await startHttpReceiver();
		closers.push(hook.close);
		const env = watchEnv();
		const first = await watchRuns(env, hook.url('/in'), 2);
		expect(first.warned).toEqual([]);
		// An hour to 09:00, then a day, taken in steps of at most 6 hours.
		expect(first.timer.sleeps[0]).toBe(3_600_000);
		expect(first.timer.sleeps.slice(1).reduce((sum, ms) => sum + ms, 0)).toBe(86_400_000);
		const firstTypes = typesOf(hook.requests);
		const alerts = firstTypes.filter(type => type === 'aws-cost.alert').length;
		expect(alerts).toBeGreaterThanOrEqual(2);
		// Run 1: the report and every alert; run 2: the report only.
		expect(firstTypes).toEqual(['aws-cost.report', ...Array.from({length: alerts}, () => 'aws-cost.alert'), 'aws-cost.report']);
		const titles = hook.requests.filter((_, index) => firstTypes[index] === 'aws-cost.alert').map(request => (JSON.parse(request.body) as {title: string}).title);
		expect(titles).toContain('Budget Whole bill exceeded its amount (demo)');
		expect(titles.some(title => title.startsWith('Cost anomaly: EC2 - Other (demo)'))).toBe(true);
		expect(first.said.filter(line => line.startsWith('alert '))).toHaveLength(alerts);

		hook.requests.length = 0;
		const restarted = await watchRuns(env, hook.url('/in'), 1, '2026-11-26T08:30:00Z');
		expect(restarted.warned).toEqual([]);
		expect(typesOf(hook.requests)).toEqual(['aws-cost.report']);

		const statePath = join(env['XDG_STATE_HOME']!, 'aws-cost', 'watch-state.json');
		expect(statSync(statePath).mode & 0o777).toBe(0o600);
		const stateText = readFileSync(statePath, 'utf8');
		expect(stateText).not.toContain('127.0.0.1');
		expect(Object.keys((JSON.parse(stateText) as {sent: object}).sent)).toHaveLength(alerts);
	});

	it('retries with backoff after 500s, and leaves an alert that still failed for the next run', async () => {
		// Retries 2: three tries per delivery. The report gets through on its third; the first alert fails three times.
		const hook = await startHttpReceiver({statuses: [500, 500, 200, 500, 500, 500]});
		closers.push(hook.close);
		const env = watchEnv();
		const first = await watchRuns(env, hook.url('/in'), 1);
		expect(first.said[0]).toMatch(/^report for demo sent to webhook/);
		expect(first.warned).toHaveLength(1);
		expect(first.warned[0]).toMatch(/^alert ".*" not delivered to webhook \(127\.0\.0\.1:\d+\): 127\.0\.0\.1:\d+ answered HTTP 500 \(after 3 attempts\)$/);
		const failedTitle = /^alert "(.*)" not delivered/.exec(first.warned[0]!)![1];
		const delivered = hook.requests.filter((_, index) => index >= 6).map(request => (JSON.parse(request.body) as {title: string}).title);
		expect(delivered).not.toContain(failedTitle);

		hook.requests.length = 0;
		const next = await watchRuns(env, hook.url('/in'), 1, '2026-11-26T08:30:00Z');
		expect(next.warned).toEqual([]);
		expect(typesOf(hook.requests)).toEqual(['aws-cost.report', 'aws-cost.alert']);
		expect((JSON.parse(hook.requests[1]!.body) as {title: string}).title).toBe(failedTitle);
	});

	it('refuses a bad plan with one line and exit 2', async () => {
		const run = await runLogged(['watch', '--demo', '--every', 'sometimes', '--report', 'daily', '--to', 'file:x.md'], watchEnv());
		expect(run.stderr).toBe('aws-cost: --every "sometimes" must be a number and a unit, m, h, d or w (e.g. 1d, 6h), a minute or more.\n');
		expect(run.code).toBe(2);
	});
});
