import {type Amount, amountToString, parseAmount} from '../money.js';
import type {CostRow} from '../rows.js';

/**
 * Rows as stored: group keys and units go into a string table (a grouped
 * answer repeats a few service names thousands of times) and amounts are
 * exact decimal strings, so `decodeRows(encodeRows(rows))` gives them back
 * bit for bit.
 */
export interface EncodedRows {
	readonly strings: readonly string[];
	/** [start, end, key indexes, amount, unit index, estimated 0|1] */
	readonly rows: ReadonlyArray<readonly [string, string, readonly number[], string, number, 0 | 1]>;
}

export function encodeRows(rows: readonly CostRow[]): EncodedRows {
	const strings: string[] = [];
	const indexes = new Map<string, number>();
	const indexOf = (text: string): number => {
		let index = indexes.get(text);
		if (index === undefined) {
			index = strings.length;
			strings.push(text);
			indexes.set(text, index);
		}
		return index;
	};
	return {
		strings,
		rows: rows.map(row => [
			row.start,
			row.end,
			row.keys.map(indexOf),
			amountToString(row.amount),
			indexOf(row.unit),
			row.estimated ? 1 : 0,
		]),
	};
}

/** The rows back, or undefined when the value is not in the shape `encodeRows` writes. */
export function decodeRows(value: unknown): CostRow[] | undefined {
	if (!isRecord(value) || !isStringArray(value['strings']) || !Array.isArray(value['rows'])) return undefined;
	const strings = value['strings'];
	const stringAt = (index: unknown): string | undefined =>
		typeof index === 'number' && Number.isInteger(index) ? strings[index] : undefined;
	const rows: CostRow[] = [];
	for (const encoded of value['rows'] as unknown[]) {
		if (!Array.isArray(encoded) || encoded.length !== 6) return undefined;
		const [start, end, keyIndexes, amountText, unitIndex, estimated] = encoded as unknown[];
		if (typeof start !== 'string' || typeof end !== 'string' || typeof amountText !== 'string') return undefined;
		if (!Array.isArray(keyIndexes) || (estimated !== 0 && estimated !== 1)) return undefined;
		const keys = keyIndexes.map(stringAt);
		const unit = stringAt(unitIndex);
		const amount = parseAmountOrUndefined(amountText);
		if (unit === undefined || amount === undefined || !keys.every(key => key !== undefined)) return undefined;
		rows.push({start, end, keys: keys as string[], amount, unit, estimated: estimated === 1});
	}
	return rows;
}

function parseAmountOrUndefined(text: string): Amount | undefined {
	try {
		return parseAmount(text);
	} catch {
		return undefined;
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every(item => typeof item === 'string');
}
