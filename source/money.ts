import {badInput} from './errors.js';

/**
 * An exact decimal amount: an integer count of 10^-15 units. Cost Explorer
 * sends amounts as decimal strings with up to 10 fractional digits; summing
 * them as floats drifts, summing these does not.
 */
export type Amount = bigint & {readonly __brand: 'Amount'};

export const AMOUNT_SCALE = 15;
const unit = 10n ** BigInt(AMOUNT_SCALE);

export const ZERO = 0n as Amount;

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses "40.3543773134", "-0.01", "1E-7". Digits past 15 places round half to even. */
export function parseAmount(text: string): Amount {
	const match = decimalPattern.exec(text.trim());
	if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw badInput(`"${text}" is not a decimal amount.`);
	const negative = match[1] === '-';
	const exponent = Number(match[4] ?? 0);
	const digits = `${match[2] ?? ''}${match[3] ?? ''}`.replace(/^0+(?=\d)/, '') || '0';
	const shift = AMOUNT_SCALE + exponent - (match[3] ?? '').length;
	let value: bigint;
	if (shift >= 0) {
		value = BigInt(digits) * 10n ** BigInt(shift);
	} else {
		value = roundHalfEven(BigInt(digits), 10n ** BigInt(-shift));
	}
	return (negative ? -value : value) as Amount;
}

function roundHalfEven(numerator: bigint, divisor: bigint): bigint {
	const quotient = numerator / divisor;
	const remainder = numerator % divisor;
	const twice = remainder * 2n;
	if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) return quotient + 1n;
	return quotient;
}

export function amountFromNumber(value: number): Amount {
	if (!Number.isFinite(value)) throw badInput(`${value} is not a finite amount.`);
	return parseAmount(value.toFixed(AMOUNT_SCALE > 20 ? 20 : AMOUNT_SCALE));
}

export function addAmounts(a: Amount, b: Amount): Amount {
	return (a + b) as Amount;
}

export function subtractAmounts(a: Amount, b: Amount): Amount {
	return (a - b) as Amount;
}

export function sumAmounts(amounts: Iterable<Amount>): Amount {
	let total = 0n;
	for (const amount of amounts) total += amount;
	return total as Amount;
}

export function negateAmount(amount: Amount): Amount {
	return -amount as Amount;
}

/** Full-precision decimal string, trailing zeros trimmed ("40.3543773134"). */
export function amountToString(amount: Amount): string {
	const negative = amount < 0n;
	const absolute = negative ? -amount : amount;
	const whole = absolute / unit;
	const fraction = (absolute % unit).toString().padStart(AMOUNT_SCALE, '0').replace(/0+$/, '');
	return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function amountToNumber(amount: Amount): number {
	return Number(amountToString(amount));
}

/** Rounds half away from zero to `places` decimals, as a plain decimal string ("1234.57"). */
export function amountToFixed(amount: Amount, places = 2): string {
	const divisor = 10n ** BigInt(AMOUNT_SCALE - places);
	const negative = amount < 0n;
	const absolute = negative ? -amount : amount;
	const rounded = (absolute + divisor / 2n) / divisor;
	const scale = 10n ** BigInt(places);
	const whole = rounded / scale;
	const fraction = places > 0 ? `.${(rounded % scale).toString().padStart(places, '0')}` : '';
	return `${negative && rounded !== 0n ? '-' : ''}${whole}${fraction}`;
}

/** "$1,234.57", "-$3.10", "1,234.57 GB" for non-USD units. */
export function formatAmount(amount: Amount, unitName = 'USD', places = 2): string {
	const fixed = amountToFixed(amount, places);
	const negative = fixed.startsWith('-');
	const [whole = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const body = fraction === undefined ? grouped : `${grouped}.${fraction}`;
	if (unitName === 'USD') return `${negative ? '-' : ''}$${body}`;
	return `${negative ? '-' : ''}${body}${unitName ? ` ${unitName}` : ''}`;
}

/** Ratio a / b as a float, for percentages and shares; null when b is zero. */
export function ratio(a: Amount, b: Amount): number | null {
	if (b === 0n) return null;
	return amountToNumber(a) / amountToNumber(b);
}

export function compareAmounts(a: Amount, b: Amount): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** `amount` rounded half away from zero to `places` decimals, still an Amount. */
export function roundAmount(amount: Amount, places = 2): Amount {
	const divisor = 10n ** BigInt(AMOUNT_SCALE - places);
	const absolute = amount < 0n ? -amount : amount;
	const rounded = ((absolute + divisor / 2n) / divisor) * divisor;
	return (amount < 0n ? -rounded : rounded) as Amount;
}

/**
 * Parts rounded to `places` so that they add up to their rounded total
 * (largest-remainder): each part is rounded down, then the cents still missing
 * go to the parts that lost most. Three parts of 0.005 show 0.01, 0.01, 0.00 and
 * a total of 0.02, instead of 0.01 three times beside 0.02.
 */
export function reconcileRounding(parts: readonly Amount[], places = 2): Amount[] {
	const divisor = 10n ** BigInt(AMOUNT_SCALE - places);
	const floors = parts.map(part => {
		const quotient = part / divisor;
		return part % divisor < 0n ? quotient - 1n : quotient;
	});
	const remainders = parts.map((part, index) => part - (floors[index] ?? 0n) * divisor);
	const total = roundAmount(sumAmounts(parts), places) / divisor;
	let missing = total - floors.reduce((sum, floor) => sum + floor, 0n);
	const order = parts.map((_, index) => index).sort((a, b) => {
		const left = remainders[a] ?? 0n;
		const right = remainders[b] ?? 0n;
		return left === right ? a - b : left > right ? -1 : 1;
	});
	const result = [...floors];
	for (const index of order) {
		if (missing <= 0n) break;
		result[index] = (result[index] ?? 0n) + 1n;
		missing--;
	}
	return result.map(value => (value * divisor) as Amount);
}
