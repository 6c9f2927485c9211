import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {parseAmount} from '../../source/money.js';
import {exportFileName, writeExport} from '../../source/view/export-view.js';
import {buildTableRows} from '../../source/view/table-rows.js';
import type {ViewExport} from '../../source/view/view-export.js';

let directory: string;

beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-export-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

const row = (key: string, amount: string) => ({start: '2026-03-01', end: '2026-03-02', keys: [key], amount: parseAmount(amount), unit: 'USD', estimated: false});

const view: ViewExport = {
	scope: 'demo / All accounts',
	query: {
		period: {start: '2026-03-01' as IsoDate, end: '2026-03-03' as IsoDate},
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
		scope: {source: 'demo'},
	},
	comparison: {start: '2026-02-01' as IsoDate, end: '2026-02-03' as IsoDate},
	path: '',
	filterText: '',
	sort: {column: 'amount', descending: true},
	columns: 'full',
	rows: buildTableRows({type: 'DIMENSION', key: 'SERVICE'}, [row('Amazon EC2', '10'), row('AWS Lambda', '2')], []),
	unit: 'USD',
};

describe('exports', () => {
	test('file names carry a sortable UTC timestamp and the format extension', () => {
		const now = new Date('2026-03-17T14:30:05.123Z');
		expect(exportFileName('csv', now)).toBe('aws-cost-20260317-143005.csv');
		expect(exportFileName('markdown', now)).toBe('aws-cost-20260317-143005.md');
		expect(exportFileName('json', now)).toBe('aws-cost-20260317-143005.json');
	});

	test('JSON export holds every row of the view', async () => {
		const outcome = await writeExport(view, 'json', directory, new Date('2026-03-17T00:00:00Z'));
		expect(outcome).toEqual({ok: true, path: join(directory, 'aws-cost-20260317-000000.json')});
		const text = await readFile(join(directory, 'aws-cost-20260317-000000.json'), 'utf8');
		expect(text).toContain('Amazon EC2');
		expect(text).toContain('AWS Lambda');
	});

	test('an existing file is never overwritten: a one-line failure instead', async () => {
		const now = new Date('2026-03-17T00:00:00Z');
		await writeExport(view, 'csv', directory, now);
		const second = await writeExport(view, 'csv', directory, now);
		expect(second.ok).toBe(false);
		if (!second.ok) expect(second.message).toMatch(/^Export failed: .*EEXIST/);
		expect(second.ok ? '' : second.message).not.toContain('\n');
	});
});
