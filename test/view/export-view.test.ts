import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {amountToFixed} from '../../source/money.js';
import {exportFileName, narrowResult, writeExport} from '../../source/view/export-view.js';
import {FakeCostSource} from './fake-source.js';

const today = '2026-03-17' as IsoDate;
let directory: string;

beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-export-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

const result = () =>
	new CostEngine({source: new FakeCostSource(), today}).run({
		period: {start: '2026-03-01' as IsoDate, end: '2026-03-03' as IsoDate},
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
		scope: {source: 'demo'},
	});

describe('exports', () => {
	test('file names carry a sortable UTC timestamp and the format extension', () => {
		const now = new Date('2026-03-17T14:30:05.123Z');
		expect(exportFileName('csv', now)).toBe('aws-cost-20260317-143005.csv');
		expect(exportFileName('markdown', now)).toBe('aws-cost-20260317-143005.md');
		expect(exportFileName('json', now)).toBe('aws-cost-20260317-143005.json');
	});

	test('JSON export holds every row of the view', async () => {
		const outcome = await writeExport(await result(), 'demo', 'json', directory, new Date('2026-03-17T00:00:00Z'));
		expect(outcome).toEqual({ok: true, path: join(directory, 'aws-cost-20260317-000000.json')});
		const text = await readFile(join(directory, 'aws-cost-20260317-000000.json'), 'utf8');
		expect(text).toContain('Amazon EC2');
		expect(text).toContain('AWS Lambda');
	});

	test('an existing file is never overwritten: a one-line failure instead', async () => {
		const now = new Date('2026-03-17T00:00:00Z');
		const view = await result();
		await writeExport(view, 'demo', 'csv', directory, now);
		const second = await writeExport(view, 'demo', 'csv', directory, now);
		expect(second.ok).toBe(false);
		if (!second.ok) expect(second.message).toMatch(/^Export failed: .*EEXIST/);
		expect(second.ok ? '' : second.message).not.toContain('\n');
	});

	test('narrowing keeps the listed groups and recomputes the total', async () => {
		const view = await result();
		const narrowed = narrowResult(view, new Set(['Amazon S3']));
		expect(new Set(narrowed.rows.map(row => row.keys[0]))).toEqual(new Set(['Amazon S3']));
		expect(amountToFixed(narrowed.total)).not.toBe(amountToFixed(view.total));
		expect(narrowResult(view, undefined)).toBe(view);
	});
});
