import {describe, expect, it} from 'vitest';
import {decodeRows, encodeRows} from '../../source/cache/row-codec.js';
import {parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';

const rows: CostRow[] = [
	{start: '2026-09-01', end: '2026-09-02', keys: ['Amazon EC2', 'us-east-1'], amount: parseAmount('40.3543773134'), unit: 'USD', estimated: true},
	{start: '2026-09-01', end: '2026-09-02', keys: ['Amazon S3', 'us-east-1'], amount: parseAmount('-0.000000000000001'), unit: 'USD', estimated: false},
	{start: '2026-09-02T05:00:00Z', end: '2026-09-02T06:00:00Z', keys: [], amount: parseAmount('123456789012.123456789012345'), unit: 'GB-Mo', estimated: false},
	{start: '2026-09-03', end: '2026-09-04', keys: ['', 'eu-west-1'], amount: parseAmount('0'), unit: '', estimated: false},
];

describe('row codec', () => {
	it('round-trips rows exactly', () => {
		expect(decodeRows(JSON.parse(JSON.stringify(encodeRows(rows))))).toEqual(rows);
	});

	it('round-trips no rows', () => {
		expect(decodeRows(encodeRows([]))).toEqual([]);
	});

	it('stores each repeated key and unit once', () => {
		const encoded = encodeRows(rows);
		expect(encoded.strings.filter(text => text === 'us-east-1')).toHaveLength(1);
		expect(encoded.strings.filter(text => text === 'USD')).toHaveLength(1);
	});

	it.each([
		['not an object', 'rows'],
		['no string table', {rows: []}],
		['a row of the wrong length', {strings: ['USD'], rows: [['2026-09-01', '2026-09-02', [], '1', 0]]}],
		['a key index out of range', {strings: ['USD'], rows: [['2026-09-01', '2026-09-02', [7], '1', 0, 0]]}],
		['a unit index out of range', {strings: [], rows: [['2026-09-01', '2026-09-02', [], '1', 0, 0]]}],
		['an amount that is not a decimal', {strings: ['USD'], rows: [['2026-09-01', '2026-09-02', [], 'one', 0, 0]]}],
		['a non-boolean estimated flag', {strings: ['USD'], rows: [['2026-09-01', '2026-09-02', [], '1', 0, 2]]}],
	])('rejects %s', (_name, value) => {
		expect(decodeRows(value)).toBeUndefined();
	});
});
