import {describe, expect, it} from 'vitest';
import {formatResults} from '../../source/export/index.js';
import {csvField} from '../../source/export/csv.js';
import {fitColumnWidths} from '../../source/export/table.js';
import {resultOf, row} from '../fixtures/query-results.js';

const rows = [
	row('2026-09-01', '2026-10-01', ['Amazon Elastic Compute Cloud - Compute'], '1200.4049999999'),
	row('2026-09-01', '2026-10-01', ['AWS Lambda, "edge"'], '0.3351'),
	row('2026-10-01', '2026-11-01', ['Amazon Elastic Compute Cloud - Compute'], '1300.005', true),
];
const single = [{label: 'demo', result: resultOf(rows)}];

describe('json', () => {
	it('prints the canonical query, rows, an exact total and stats', () => {
		const json = JSON.parse(formatResults(single, 'json'));
		expect(json.query.period).toEqual({start: '2026-09-01', end: '2026-11-01'});
		expect(json.rows).toHaveLength(3);
		expect(json.rows[0]).toEqual({
			start: '2026-09-01',
			end: '2026-10-01',
			keys: ['Amazon Elastic Compute Cloud - Compute'],
			amount: 1200.4049999999,
			unit: 'USD',
			estimated: false,
		});
		expect(json.total).toEqual({amount: 2500.7450999999, exact: '2500.7450999999', unit: 'USD'});
		expect(json.estimated).toBe(true);
		expect(json.stats).toEqual({billableRequests: 1, cacheHits: 0, pages: 1});
	});
	it('says null, not 0, when there is no data', () => {
		const json = JSON.parse(formatResults([{label: 'demo', result: resultOf([])}], 'json'));
		expect(json.rows).toEqual([]);
		expect(json.total).toBeNull();
	});
	it('names each row’s scope when several ran', () => {
		const json = JSON.parse(formatResults([{label: 'prod', result: resultOf(rows.slice(0, 1))}, {label: 'dev', result: resultOf(rows.slice(1, 2))}], 'json'));
		expect(json.scopes).toEqual(['prod', 'dev']);
		expect(json.queries).toHaveLength(2);
		expect(json.rows.map((r: {scope: string}) => r.scope)).toEqual(['prod', 'dev']);
		expect(json.total.exact).toBe('1200.7400999999');
	});
});

describe('csv', () => {
	it('has a header and full-precision amounts, quoting where needed', () => {
		expect(formatResults(single, 'csv')).toBe(
			[
				'start,end,SERVICE,amount,unit,estimated',
				'2026-09-01,2026-10-01,Amazon Elastic Compute Cloud - Compute,1200.4049999999,USD,false',
				'2026-09-01,2026-10-01,"AWS Lambda, ""edge""",0.3351,USD,false',
				'2026-10-01,2026-11-01,Amazon Elastic Compute Cloud - Compute,1300.005,USD,true',
				'',
			].join('\n'),
		);
	});
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
	])('field %j → %j', (value, quoted) => {
		expect(csvField(value)).toBe(quoted);
	});
});

describe('markdown and table', () => {
	it('rounds to cents only for display and marks estimates', () => {
		const markdown = formatResults(single, 'markdown');
		expect(markdown).toContain('| Period | SERVICE | Amount |');
		expect(markdown).toContain('| 2026-09-01 | Amazon Elastic Compute Cloud - Compute | $1,200.40 |');
		expect(markdown).toContain('| **Total** |  | **$2,500.75*** |');
		expect(markdown).toContain('* estimated');
		expect(markdown).toContain('AWS Lambda, "edge"');
	});
	it('fits the table to the terminal width without cutting amounts', () => {
		const table = formatResults(single, 'table', 50);
		for (const line of table.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
		expect(table).toContain('$1,200.40');
		expect(table).toContain('$2,500.75*');
		expect(table).toContain('…');
	});
	it('says "No data" instead of $0.00', () => {
		const table = formatResults([{label: 'demo', result: resultOf([])}], 'table');
		expect(table).toContain('No data for 2026-09-01 … 2026-10-31.');
		expect(table).not.toContain('$0.00');
	});
	it('keeps number columns whole when the width is tiny', () => {
		expect(fitColumnWidths([30, 40, 12], [false, false, true], 20)).toEqual([6, 6, 12]);
	});
});
