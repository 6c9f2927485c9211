import {describe, expect, it} from 'vitest';
import {allowedAfter, describeIncreaseLimit, exceededLimits, parseDollars, parseIncreaseLimit} from '../../source/insights/cost-limits.js';
import {type Amount, amountToString, parseAmount} from '../../source/money.js';

const usd = (text: string): Amount => parseAmount(text);

describe('parseIncreaseLimit and parseDollars', () => {
	it.each([
		['10%', 'percent', '10'],
		['7.5 %', 'percent', '7.5'],
		['12', 'percent', '12'],
		['$250', 'amount', '250'],
		['$1,200.50', 'amount', '1200.5'],
	])('reads %j', (text, kind, value) => {
		const limit = parseIncreaseLimit(text);
		expect(limit.kind).toBe(kind);
		expect(amountToString(limit.kind === 'percent' ? limit.percent : limit.amount)).toBe(value);
	});

	it.each(['', 'lots', '-5%', '10%%', '$-3', '1e3%'])('refuses %j with one line naming the flag', text => {
		expect(() => parseIncreaseLimit(text)).toThrow(/--max-increase/);
	});

	it('reads dollars and refuses the rest', () => {
		expect(amountToString(parseDollars('max-total', '$5,000'))).toBe('5000');
		expect(() => parseDollars('max-total', '5k')).toThrow(/--max-total "5k" must be dollars/);
	});

	it('writes a limit as the flag is written', () => {
		expect(describeIncreaseLimit(parseIncreaseLimit('10%'))).toBe('10%');
		expect(describeIncreaseLimit(parseIncreaseLimit('$250'))).toBe('$250.00');
	});
});

describe('exceededLimits', () => {
	const tenPercent = {maxIncrease: parseIncreaseLimit('10%')};

	it('allows exactly the limit, and names the excess past it, exactly', () => {
		expect(exceededLimits(usd('110'), usd('100'), tenPercent)).toEqual([]);
		expect(exceededLimits(usd('110.01'), usd('100'), tenPercent)).toEqual([{limit: 'max-increase', allowed: usd('110'), over: usd('0.01')}]);
		expect(allowedAfter(usd('0.3'), parseIncreaseLimit('10%'))).toBe(usd('0.33'));
	});

	it('counts spend that appears from nothing as over any percentage, and a drop as within it', () => {
		expect(exceededLimits(usd('5'), usd('0'), tenPercent)).toEqual([{limit: 'max-increase', allowed: usd('0'), over: usd('5')}]);
		expect(exceededLimits(usd('50'), usd('100'), tenPercent)).toEqual([]);
		// A credit getting smaller is an increase in cost: a share of a negative figure allows none.
		expect(exceededLimits(usd('-40'), usd('-50'), tenPercent)).toEqual([{limit: 'max-increase', allowed: usd('-50'), over: usd('10')}]);
	});

	it('checks dollars of increase and a total, each on its own', () => {
		const limits = {maxIncrease: parseIncreaseLimit('$250'), maxTotal: usd('1000')};
		expect(exceededLimits(usd('1200'), usd('900'), limits)).toEqual([
			{limit: 'max-increase', allowed: usd('1150'), over: usd('50')},
			{limit: 'max-total', allowed: usd('1000'), over: usd('200')},
		]);
		expect(exceededLimits(usd('1000'), usd('900'), limits)).toEqual([]);
	});
});
