import {expect, test} from 'vitest';
import {parseAmount} from '../../source/money.js';
import {rowPosition, shareText, tableTotal} from '../../source/view/table-total.js';
import type {TableRow} from '../../source/view/table-rows.js';

const row = (amount: string, previous: string | null, estimated = false): TableRow => ({
	key: amount,
	label: amount,
	amount: parseAmount(amount),
	previous: previous === null ? null : parseAmount(previous),
	change: null,
	changeRatio: null,
	share: null,
	estimated,
});

test('sums exactly, with the change over the previous total', () => {
	const total = tableTotal([row('0.10', '0.05'), row('0.20', '0.05', true)]);
	expect(total.amount).toBe(parseAmount('0.30'));
	expect(total.previous).toBe(parseAmount('0.10'));
	expect(total.change).toBe(parseAmount('0.20'));
	expect(total.changeRatio).toBeCloseTo(2);
	expect(total.estimated).toBe(true);
});

test('no previous total while a row is still loading; a credit total keeps the sign of the change', () => {
	expect(tableTotal([row('1', '1'), row('1', null)]).previous).toBeNull();
	const credits = tableTotal([row('-50', '-100')]);
	expect(credits.change).toBe(parseAmount('50'));
	expect(credits.changeRatio).toBeCloseTo(0.5);
	expect(tableTotal([]).amount).toBe(parseAmount('0'));
});

test.each([
	[0, 38, '1/38'],
	[11, 38, '12/38'],
	[40, 38, '38/38'],
	[0, 0, '0/0'],
])('cursor %i of %i rows reads %s', (cursor, count, text) => {
	expect(rowPosition(cursor, count)).toBe(text);
});

test.each([
	[0.2345, '23.4%'],
	[1, '100.0%'],
	[0, '0.0%'],
	[0.0004, '<0.1%'],
	[null, ''],
])('share %s reads %s', (share, text) => {
	expect(shareText(share)).toBe(text);
});
