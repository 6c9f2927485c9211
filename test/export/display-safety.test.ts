import {describe, expect, it} from 'vitest';
import {formatResults} from '../../source/export/index.js';
import {csvText} from '../../source/export/csv.js';
import type {CostQuery} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import {parseAmount} from '../../source/money.js';
import {resultOf, row, sampleQuery} from '../fixtures/query-results.js';

const byTeam: CostQuery = {...sampleQuery, groupBy: [{type: 'TAG', key: 'team'}]};
const byCategory: CostQuery = {...sampleQuery, groupBy: [{type: 'COST_CATEGORY', key: 'cat'}]};
const usage = (keys: string[], amount: string, unit: string): CostRow => ({...row('2026-09-01', '2026-10-01', keys, amount), unit, amount: parseAmount(amount)});

describe('tag and cost category keys', () => {
	const results = [{label: 'demo', result: resultOf([row('2026-09-01', '2026-10-01', ['team$analytics'], '10'), row('2026-09-01', '2026-10-01', ['team$'], '2')], byTeam)}];
	it.each(['table', 'markdown', 'csv'] as const)('%s shows the value and (untagged), never team$', format => {
		const text = formatResults(results, format);
		expect(text).toContain('analytics');
		expect(text).toContain('(untagged)');
		expect(text).not.toContain('team$');
	});
	it('JSON shows the value and keeps the raw key beside it', () => {
		const json = JSON.parse(formatResults(results, 'json'));
		expect(json.rows.map((r: {keys: string[]}) => r.keys)).toEqual([['analytics'], ['(untagged)']]);
		expect(json.rows.map((r: {rawKeys: string[]}) => r.rawKeys)).toEqual([['team$analytics'], ['team$']]);
	});
	it('does the same for cost categories', () => {
		const text = formatResults([{label: 'demo', result: resultOf([row('2026-09-01', '2026-10-01', ['cat$Platform'], '1')], byCategory)}], 'table');
		expect(text).toContain('Platform');
		expect(text).not.toContain('cat$');
	});
});

describe('parts and total reconcile', () => {
	const three = [{label: 'demo', result: resultOf(['a', 'b', 'c'].map(key => row('2026-09-01', '2026-10-01', [key], '0.005')))}];
	it.each(['table', 'markdown'] as const)('%s: three groups of 0.005 add up to the $0.02 total', format => {
		const text = formatResults(three, format);
		expect(text.match(/\$0\.01/g)).toHaveLength(2);
		expect(text).toContain('$0.00');
		expect(text).toContain('$0.02');
	});
	it('JSON keeps the exact figures', () => {
		const json = JSON.parse(formatResults(three, 'json'));
		expect(json.rows.map((r: {amount: number}) => r.amount)).toEqual([0.005, 0.005, 0.005]);
		expect(json.total.exact).toBe('0.015');
	});
});

describe('usage in several units', () => {
	const mixed = [{label: 'demo', result: resultOf([usage(['DataTransfer-Out-Bytes'], '1500.5', 'GB'), usage(['BoxUsage:m5.large'], '720', 'Hrs')])}];
	it('JSON has no total and lists the units', () => {
		const json = JSON.parse(formatResults(mixed, 'json'));
		expect(json.total).toBeNull();
		expect(json.units).toEqual(['GB', 'Hrs']);
		expect(json.rows.map((r: {unit: string}) => r.unit)).toEqual(['GB', 'Hrs']);
	});
	it.each(['table', 'markdown'] as const)('%s puts each row in its unit and sums none', format => {
		const text = formatResults(mixed, format);
		expect(text).toContain('1,500.50 GB');
		expect(text).toContain('720.00 Hrs');
		expect(text).toContain('No total: the rows are in 2 units (GB, Hrs).');
		expect(text).not.toContain('2,220.50');
		expect(text).not.toContain('$');
	});
	it('one unit still gets its total, in that unit', () => {
		const one = [{label: 'demo', result: resultOf([usage(['a'], '1', 'GB'), usage(['b'], '2', 'GB')])}];
		expect(formatResults(one, 'table')).toMatch(/Total\s+3\.00 GB/);
		expect(JSON.parse(formatResults(one, 'json')).total).toEqual({amount: 3, exact: '3', unit: 'GB'});
	});
});

describe('output injection', () => {
	const hostile = [
		row('2026-09-01', '2026-10-01', ['team$=HYPERLINK("http://x","y")'], '1'),
		row('2026-09-01', '2026-10-01', ['team$a|b\nc'], '2'),
		row('2026-09-01', '2026-10-01', ['team$\u001B[31mred\u001B]0;title\u0007'], '3'),
		row('2026-09-01', '2026-10-01', ['team$-1+2'], '-4'),
	];
	const results = [{label: 'demo', result: resultOf(hostile, byTeam)}];
	it('CSV: a text cell cannot start a formula; amounts keep their sign', () => {
		const csv = formatResults(results, 'csv');
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csv).toContain(`'-1+2,-4,USD`);
		expect(csv).not.toContain('\u001B');
	});
	it.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['safe', 'safe'],
		['a=b', 'a=b'],
	])('csvText(%j) → %j', (value, cell) => {
		expect(csvText(value)).toBe(cell);
	});
	it('Markdown: a pipe or line break cannot break the row', () => {
		const lines = formatResults(results, 'markdown').split('\n').filter(line => line.startsWith('|'));
		const pipes = (line: string) => line.replaceAll('\\|', '').split('|').length;
		for (const line of lines) expect(pipes(line)).toBe(pipes(lines[0]!));
		expect(lines.some(line => line.includes('a\\|b c'))).toBe(true);
	});
	it.each(['table', 'markdown'] as const)('%s: no escape or control character reaches the terminal', format => {
		const text = formatResults(results, format);
		expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
		expect(text).toContain('red');
	});
});
