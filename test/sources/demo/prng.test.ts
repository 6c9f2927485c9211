import {describe, expect, it} from 'vitest';
import {hashString, hashUnit} from '../../../source/sources/demo/prng.js';

describe('demo randomness', () => {
	it('gives the same value for the same coordinates, another for others', () => {
		expect(hashUnit(42, 7, 20_000)).toBe(hashUnit(42, 7, 20_000));
		expect(hashUnit(42, 7, 20_000)).not.toBe(hashUnit(42, 7, 20_001));
		expect(hashUnit(42, 7, 20_000)).not.toBe(hashUnit(43, 7, 20_000));
		expect(hashString('Production')).toBe(hashString('Production'));
		expect(hashString('Production')).not.toBe(hashString('Staging'));
	});

	it('spreads evenly over [0, 1)', () => {
		const buckets = Array<number>(10).fill(0);
		for (let day = 0; day < 20_000; day++) {
			const value = hashUnit(42, day);
			expect(value >= 0 && value < 1).toBe(true);
			buckets[Math.floor(value * 10)]!++;
		}
		for (const count of buckets) expect(Math.abs(count - 2_000)).toBeLessThan(200);
	});
});
