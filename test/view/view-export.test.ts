import {describe, expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {parseAmount} from '../../source/money.js';
import {buildTableRows, filterTableRows, sortTableRows} from '../../source/view/table-rows.js';
import {type ViewExport, formatViewExport} from '../../source/view/view-export.js';

const row = (start: string, key: string, amount: string) => ({start, end: start, keys: [key], amount: parseAmount(amount), unit: 'USD', estimated: false});
const account = {type: 'DIMENSION', key: 'LINKED_ACCOUNT'} as const;
const built = buildTableRows(
	account,
	// Daily rows: the export lists one line per group, as the table does, not one per day. Shares are of the whole view ($52).
	[row('2026-11-01', '111111111163', '10'), row('2026-11-02', '111111111163', '5'), row('2026-11-01', '222222222263', '-3'), row('2026-11-01', '333333333333', '40')],
	[row('2026-10-01', '111111111163', '12'), row('2026-10-01', '444444444463', '7')],
);

const view = (overrides: Partial<ViewExport> = {}): ViewExport => ({
	scope: 'demo / All accounts',
	query: {
		period: {start: '2026-11-01' as IsoDate, end: '2026-11-28' as IsoDate},
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		groupBy: [account],
		filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}},
		scope: {source: 'demo'},
	},
	comparison: {start: '2026-10-01' as IsoDate, end: '2026-10-28' as IsoDate},
	path: 'SERVICE: Amazon EC2',
	filterText: '63',
	sort: {column: 'amount', descending: true},
	columns: 'full',
	rows: filterTableRows(sortTableRows(built, {column: 'amount', descending: true}), '63'),
	unit: 'USD',
	...overrides,
});

describe('exporting the view on screen', () => {
	test('CSV: a header naming the query, then the listed rows with previous and change, in the table order', () => {
		const lines = formatViewExport(view(), 'csv').trimEnd().split('\n');
		expect(lines.slice(0, 6)).toEqual([
			'# aws-cost view: demo / All accounts',
			'# period: 2026-11-01 … 2026-11-27 (DAILY), compared with 2026-10-01 … 2026-10-27',
			'# metric: UnblendedCost, by LINKED_ACCOUNT',
			'# within: SERVICE: Amazon EC2',
			'# rows matching: "63"',
			'# sorted by: amount descending',
		]);
		expect(lines[6]).toBe('name,key,amount,previous,change,change_percent,share_percent,unit,estimated');
		expect(lines.slice(7)).toEqual([
			'111111111163,111111111163,15,12,3,25.00,28.85,USD,false',
			'444444444463,444444444463,,7,-7,-100.00,0.00,USD,false',
			'222222222263,222222222263,-3,,-3,,-5.77,USD,false',
		]);
	});

	test('compact columns export without previous and change', () => {
		const lines = formatViewExport(view({columns: 'compact', filterText: '', rows: built}), 'csv').trimEnd().split('\n');
		expect(lines.find(line => line.startsWith('name,'))).toBe('name,key,amount,share_percent,unit,estimated');
		expect(lines.some(line => line.startsWith('# rows matching'))).toBe(false);
		expect(lines.filter(line => /^\d/.test(line))).toHaveLength(4);
	});

	test('JSON records the view (period, comparison, filters, sort) and the listed rows; no data is null', () => {
		const document = JSON.parse(formatViewExport(view(), 'json')) as {
			view: Record<string, unknown>;
			rows: {key: string; amount: unknown; previous: unknown; changeRatio: number | null}[];
			total: {exact: string};
		};
		expect(document.view).toMatchObject({
			comparison: {start: '2026-10-01', end: '2026-10-28'},
			filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}},
			within: 'SERVICE: Amazon EC2',
			rowsMatching: '63',
			sort: {column: 'amount', descending: true},
		});
		expect(document.rows.map(entry => entry.key)).toEqual(['111111111163', '444444444463', '222222222263']);
		expect(document.rows[1]).toMatchObject({amount: null, previous: {exact: '7'}, changeRatio: -1});
		expect(document.rows[2]).toMatchObject({previous: null});
		expect(document.total.exact).toBe('12');
	});

	test('Markdown: the header lines, a table as shown ("—" for no data) and a total', () => {
		const text = formatViewExport(view(), 'markdown');
		expect(text).toContain('rows matching: "63"');
		expect(text).toContain('| Name | Amount | Previous | Change | Change % | Share |');
		expect(text).toContain('| 444444444463 | — | $7.00 | -$7.00 | -100.0% | 0.0% |');
		expect(text).toContain('| **Total** | **$12.00** |');
	});

	test('an empty view exports its header and no rows', () => {
		const lines = formatViewExport(view({rows: []}), 'csv').trimEnd().split('\n');
		expect(lines.at(-1)).toMatch(/^name,/);
		expect(JSON.parse(formatViewExport(view({rows: []}), 'json')).total).toBeNull();
	});
});

describe('a view grouped two ways', () => {
	const service = {type: 'DIMENSION', key: 'SERVICE'} as const;
	const region = {type: 'DIMENSION', key: 'REGION'} as const;
	const pair = (start: string, keys: [string, string], amount: string) => ({...row(start, keys[0], amount), keys});
	const rows = sortTableRows(
		buildTableRows([service, region], [pair('2026-11-01', ['Amazon EC2', 'us-east-1'], '10'), pair('2026-11-01', ['Amazon EC2', 'eu-west-1'], '4')], [pair('2026-10-01', ['Amazon EC2', 'us-east-1'], '8')]),
		{column: 'amount', descending: true},
	);
	const twoWays = view({query: {...view().query, groupBy: [service, region]}, filterText: '', path: '', rows});

	test('CSV has one key column per group-by and names both in its header', () => {
		const lines = formatViewExport(twoWays, 'csv').trimEnd().split('\n');
		expect(lines).toContain('# metric: UnblendedCost, by SERVICE, REGION');
		expect(lines.find(line => line.startsWith('name,'))).toBe('name,key,key_2,amount,previous,change,change_percent,share_percent,unit,estimated');
		expect(lines.at(-2)).toBe('Amazon EC2 · us-east-1,Amazon EC2,us-east-1,10,8,2,25.00,71.43,USD,false');
	});

	test('JSON rows carry both keys, and the view both group-bys', () => {
		const document = JSON.parse(formatViewExport(twoWays, 'json')) as {view: {groupBy: unknown}; rows: {keys: string[]}[]};
		expect(document.view.groupBy).toEqual([service, region]);
		expect(document.rows.map(entry => entry.keys)).toEqual([['Amazon EC2', 'us-east-1'], ['Amazon EC2', 'eu-west-1']]);
	});
});
