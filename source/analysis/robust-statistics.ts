/** The median; NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median absolute deviation scaled by 1.4826, which makes it estimate the
 * standard deviation of normal data while ignoring up to half the values as
 * outliers. NaN for none.
 */
export function robustScale(values: readonly number[]): number {
	const centre = median(values);
	return 1.4826 * median(values.map(value => Math.abs(value - centre)));
}

export function mean(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.length;
}

/** Sample standard deviation (n − 1); 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
	if (values.length < 2) return 0;
	const centre = mean(values);
	let sum = 0;
	for (const value of values) sum += (value - centre) ** 2;
	return Math.sqrt(sum / (values.length - 1));
}

/** Standard normal quantiles for the two-sided intervals the app shows. */
export const Z_80 = 1.2815515655446004;
export const Z_95 = 1.959963984540054;
