import {describe, expect, it} from 'vitest';
import {parseAmount} from '../source/money.js';
import {changeRatio, formatChangeRatio, formatPercentChange, formatShare} from '../source/percent.js';

const amount = parseAmount;

describe('formatPercentChange', () => {
	it.each([
		['110', '100', '+10.0%'],
		['90', '100', '-10.0%'],
		['100', '100', '0.0%'],
		// A credit that grew (more negative): the dollar change is negative, so is the percent.
		['-52.98', '-51.19', '-3.5%'],
		// A credit that shrank toward zero: a rise, relative to |previous|.
		['0', '-122.18', '+100.0%'],
		['-10', '10', '-200.0%'],
		['5', '0', 'new'],
		['0', '0', '—'],
		['1000000', '1', '>+9999%'],
		['100.04', '100', '0.0%'],
	])('%s after %s → %s', (current, previous, text) => {
		expect(formatPercentChange(amount(current), amount(previous))).toBe(text);
	});
	it('says "—" when there is no previous figure', () => {
		expect(formatPercentChange(amount('5'), null)).toBe('—');
		expect(formatChangeRatio(null)).toBe('—');
	});
	it('keeps the sign of the change for negative previous amounts', () => {
		expect(changeRatio(amount('-60'), amount('-50'))).toBeCloseTo(-0.2);
		expect(changeRatio(amount('-40'), amount('-50'))).toBeCloseTo(0.2);
	});
});

describe('formatShare', () => {
	it.each([
		[0.125, '12.5%'],
		[1, '100.0%'],
		[-0.03, '-3.0%'],
		[-0.0001, '0.0%'],
		[null, '—'],
	])('%s → %s', (share, text) => {
		expect(formatShare(share)).toBe(text);
	});
});
