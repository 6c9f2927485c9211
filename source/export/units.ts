import type {LabelledResult} from './result-set.js';

/** The distinct units of the rows, in order of first appearance ("USD" for cost; "GB", "Hrs"… for usage). */
export function unitsOf(results: readonly LabelledResult[]): string[] {
	const units = new Set<string>();
	for (const {result} of results) for (const row of result.rows) units.add(row.unit);
	return [...units];
}

/** "No total: the rows are in 3 units (GB, Hrs, Requests)." — a sum over units means nothing. */
export function mixedUnitsNote(units: readonly string[]): string {
	const shown = units.slice(0, 5).map(unit => unit || 'no unit');
	const more = units.length > shown.length ? `, … ${units.length - shown.length} more` : '';
	return `No total: the rows are in ${units.length} units (${shown.join(', ')}${more}).`;
}
