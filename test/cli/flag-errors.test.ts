import {afterAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {resolveToday} from '../../source/clock.js';
import {resolvePreset} from '../../source/presets.js';
import {quoteInput} from '../../source/quote-input.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

describe('a mistaken flag gets one line that names the flag', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it.each<[string[], RegExp]>([
		[['query', '--demo', '--range', '9999'], /^aws-cost: --range: "9999" starts after today \(2026-11-25\)/],
		[['query', '--demo', '--range', 'last-month\nfoo\u001b[2J'], /^aws-cost: --range: Unknown range "last-month\\nfoo\\u001b\[2J": use one of/],
		[['forecast', '--demo', '--horizon', '-5'], /^aws-cost: --horizon "-5" must be a whole number of days from 1 to 90\./],
		[['anomalies', '--demo', '--min-impact', '-5'], /^aws-cost: --min-impact "-5" must be dollars/],
		[['query', '--demo', '--today', ''], /^aws-cost: --today is empty: give a date/],
		[['query', '--demo', '--today', '2026-03-31', '--range', '2026-09'], /^aws-cost: --range: "2026-09" starts after today \(2026-03-31\)/],
		[['query', '--demo', '--today', '2026-03-31', '--range', '2026-Q3'], /^aws-cost: --range: "2026-Q3" starts after today/],
		[['query', '--demo', '--from', '2026-1-1', '--to', '2026-01-05'], /^aws-cost: --from "2026-1-1" is not a date/],
		[['query', '--demo', '--from', '2026-01-01', '--to', '2026-02-30'], /^aws-cost: --to "2026-02-30" is not a real day/],
	])('%j', async (argv, message) => {
		const run = await runCliInProcess(argv, {...env, AWS_COST_TODAY: '2026-11-25'});
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).not.toContain('\u001b');
		expect(run.stderr).not.toContain('+01');
	});

	it('still answers a range that has begun', async () => {
		const run = await runCliInProcess(['query', '--demo', '--today', '2026-03-31', '--range', '2026-03', '--format', 'json'], env);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).query.period).toEqual({start: '2026-03-01', end: '2026-04-01'});
	});
});

describe('the parts behind them', () => {
	it('quotes control characters, so an echo stays on one line', () => {
		expect(quoteInput('a\nb\u001b[31m\u009b\u007f')).toBe('"a\\nb\\u001b[31m\\u009b\\u007f"');
	});

	it('refuses a calendar period that has not begun, whatever the year', () => {
		for (const range of ['9999', '2026-12', '2027-Q1', '2027']) expect(() => resolvePreset(range, '2026-11-25' as IsoDate)).toThrow(/starts after today \(2026-11-25\)/);
		expect(resolvePreset('2026-11', '2026-11-25' as IsoDate)).toEqual({start: '2026-11-01', end: '2026-11-26'});
	});

	it('takes an empty --today for a mistake, and an empty AWS_COST_TODAY for unset', () => {
		expect(() => resolveToday('', {})).toThrow(/--today is empty/);
		expect(() => resolveToday('  ', {})).toThrow(/--today is empty/);
		expect(resolveToday(undefined, {AWS_COST_TODAY: ''}, new Date('2026-05-06T12:00:00Z'))).toBe('2026-05-06');
	});
});
