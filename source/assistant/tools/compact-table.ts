/** Rows sent to the model at most; the rest are summed into one "N more rows" line. */
export const MAX_TABLE_ROWS = 15;

/**
 * A small pipe-separated table: models read it well and it costs few tokens
 * (no padding). Cells must not contain newlines.
 */
export function compactTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const clean = (cell: string): string => cell.replaceAll(/[\r\n|]+/g, ' ').trim();
	return [header, ...rows].map(row => row.map(clean).join(' | ')).join('\n');
}

/** Keeps the first `max` items and says how many were left out. */
export function capRows<Item>(items: readonly Item[], max = MAX_TABLE_ROWS): {shown: readonly Item[]; hidden: readonly Item[]} {
	return {shown: items.slice(0, max), hidden: items.slice(max)};
}

export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : nounPlural}`;
}
