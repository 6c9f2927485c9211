import {describe, expect, it} from 'vitest';
import {
	type Amount,
	amountToFixed,
	amountToNumber,
	amountToString,
	formatAmount,
	parseAmount,
	reconcileRounding,
	roundAmount,
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

describe('reconcileRounding', () => {
	const cents = (values: string[]) => reconcileRounding(values.map(value => parseAmount(value))).map(value => amountToFixed(value));
	it.each([
		[['0.005', '0.005', '0.005'], ['0.01', '0.01', '0.00']],
		[['1.004', '1.004', '1.004'], ['1.01', '1.00', '1.00']],
		[['0.333333', '0.333333', '0.333334'], ['0.33', '0.33', '0.34']],
		[['-0.005', '-0.005', '-0.005'], ['0.00', '-0.01', '-0.01']],
		[['10', '2.50'], ['10.00', '2.50']],
		[['-1.006', '2.003'], ['-1.00', '2.00']],
		[[], []],
	])('%j → %j', (parts, shown) => {
		expect(cents(parts)).toEqual(shown);
	});
	it('always adds up to the rounded total', () => {
		let seed = 7;
		const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed);
		for (let trial = 0; trial < 200; trial++) {
			const parts = Array.from({length: 1 + (next() % 9)}, () => parseAmount(((next() % 200_001) - 100_000) / 1000 + ''));
			const shown = reconcileRounding(parts);
			expect(sumAmounts(shown)).toBe(roundAmount(sumAmounts(parts)));
			for (const [index, value] of shown.entries()) {
				const exact = parts[index]!;
				expect(value - exact < 10n ** 13n && exact - value < 10n ** 13n).toBe(true);
			}
		}
	});
});
