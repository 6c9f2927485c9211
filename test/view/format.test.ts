import {describe, expect, test} from 'vitest';
import {compactAmount, fitText, shareBar} from '../../source/view/format.js';

describe('compactAmount', () => {
	test.each([
		[0, 'USD', '$0.00'],
		[950, 'USD', '$950.00'],
		[7112.924, 'USD', '$7,112.92'],
		[12_345, 'USD', '$12.3k'],
		[1_234_567, 'USD', '$1.2M'],
		[250_000_000, 'USD', '$250M'],
		[-3_400_000, 'USD', '-$3.4M'],
		[12.5, 'GB', '12.50 GB'],
		[-0.001, 'USD', '$0.00'],
		[48_227_994_521, 'Requests', '48.2B Requests'],
	])('%d %s → %s', (value, unit, text) => {
		expect(compactAmount(value, unit)).toBe(text);
	});

	test('one style for a whole axis, picked by its largest value', () => {
		expect([28_100, 8_560.43, 1_217.16].map(value => compactAmount(value, 'USD', 28_100))).toEqual(['$28.1k', '$8.6k', '$1.2k']);
		expect([9_000, 12].map(value => compactAmount(value, 'USD', 9_000))).toEqual(['$9,000.00', '$12.00']);
	});
});

describe('shareBar', () => {
	test.each([
		[1, 4, '████'],
		[0.5, 4, '██  '],
		[0.0625, 2, '▏ '],
		[0, 3, '   '],
		[null, 3, '   '],
		[7, 2, '██'],
	])('%s of %i cells', (share, width, bar) => {
		expect(shareBar(share, width)).toBe(bar);
	});
});

describe('fitText', () => {
	test.each([
		['Amazon EC2', 6, 'left', 'Amazo…'],
		['EC2', 6, 'left', 'EC2   '],
		['$1.00', 7, 'right', '  $1.00'],
		['anything', 0, 'left', ''],
	] as const)('%j in %i (%s)', (text, width, align, fitted) => {
		expect(fitText(text, width, align)).toBe(fitted);
	});
});
