import {type Amount, amountFromNumber, amountToFixed, formatAmount} from '../../money.js';
import {formatShare} from '../../percent.js';

/** Money for JSON: a number rounded to the cent (forecasts and baselines carry no more precision). */
export const cents = (value: number | Amount): number =>
	typeof value === 'bigint' ? Number(amountToFixed(value, 2)) : Math.round(value * 100) / 100;

/**
 * "$1,234.57" from a float or an Amount; "1,234.57 GB" in another unit. Cost
 * Explorer labels a usage total over several units "N/A": that reads "(mixed units)".
 */
export const usd = (value: number | Amount, unit = 'USD'): string =>
	formatAmount(typeof value === 'bigint' ? value : amountFromNumber(value), unit === 'N/A' ? '(mixed units)' : unit);

/** "+$12.00" / "-$3.10": a change, signed. */
export const signedUsd = (value: number | Amount, unit = 'USD'): string => {
	const number = typeof value === 'bigint' ? Number(amountToFixed(value, 2)) : value;
	return `${number >= 0 ? '+' : ''}${usd(value, unit)}`;
};

/** A percentage given as 0–100 ("41.5%"), in the shared percent format; "—" for null. */
export const percent = (value: number | null): string => formatShare(value === null ? null : value / 100);

/** A number with thousands separators, no decimals: "349,146". */
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');
