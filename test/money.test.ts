import {describe, expect, it} from 'vitest';
import {
	type Amount,
	amountToFixed,
	amountToNumber,
	amountToString,
	formatAmount,
	parseAmount,
	sumAmounts,
} from '../source/money.js';

describe('parseAmount', () => {
	it.each([
		['40.3543773134', '40.3543773134'],
		['0', '0'],
		['-0.01', '-0.01'],
		['1E-7', '0.0000001'],
		['1.5e3', '1500'],
		['.5', '0.5'],
		['12.', '12'],
		['0.0000000000000004', '0'],
		['0.0000000000000005', '0'],
		['0.0000000000000015', '0.000000000000002'],
		['+3.25', '3.25'],
	])('%s → %s', (text, exact) => {
		expect(amountToString(parseAmount(text))).toBe(exact);
	});
	it.each(['', 'abc', '1,000', '--1', '.'])('rejects %j', text => {
		expect(() => parseAmount(text)).toThrow(/decimal/);
	});
});

describe('exact sums', () => {
	it('sums decimal strings without float drift', () => {
		const parts = Array.from({length: 10}, () => parseAmount('0.1'));
		expect(amountToString(sumAmounts(parts))).toBe('1');
	});
	it('keeps the total equal to the sum of 100,000 parts to the last digit', () => {
		const parts: Amount[] = [];
		let cents = 0n;
		for (let index = 0; index < 100_000; index++) {
			const text = `${index % 97}.${String((index * 7919) % 10_000_000_000).padStart(10, '0')}`;
			parts.push(parseAmount(text));
			cents += BigInt(text.replace('.', ''));
		}
		expect(amountToString(sumAmounts(parts))).toBe(amountToString(parseAmount(`${cents / 10_000_000_000n}.${(cents % 10_000_000_000n).toString().padStart(10, '0')}`)));
	});
	it('sums nothing to zero', () => {
		expect(amountToString(sumAmounts([]))).toBe('0');
	});
});

describe('display', () => {
	it.each([
		['1234.565', '1234.57', '$1,234.57'],
		['1234.564999', '1234.56', '$1,234.56'],
		['-3.1', '-3.10', '-$3.10'],
		['-0.004', '0.00', '$0.00'],
		['0.005', '0.01', '$0.01'],
		['1000000', '1000000.00', '$1,000,000.00'],
	])('%s rounds to %s and shows as %s', (text, fixed, shown) => {
		expect(amountToFixed(parseAmount(text))).toBe(fixed);
		expect(formatAmount(parseAmount(text))).toBe(shown);
	});
	it('names non-dollar units', () => {
		expect(formatAmount(parseAmount('1234.5'), 'Hrs')).toBe('1,234.50 Hrs');
	});
	it('converts to a number for JSON', () => {
		expect(amountToNumber(parseAmount('40.3543773134'))).toBe(40.3543773134);
	});
});
