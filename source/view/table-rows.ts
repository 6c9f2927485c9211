import {totalsByGroup} from '../aggregate.js';
import {type Amount, ZERO, compareAmounts, ratio, subtractAmounts} from '../money.js';
import {changeRatio} from '../percent.js';
import type {GroupBy} from '../query.js';
import type {CostRow} from '../rows.js';
import {groupKeyLabel} from './drill.js';

/** One line of the drill-down table: a group with its period, previous period and change. */
export interface TableRow {
	/** The row's identity: its one raw key, or its keys joined (see rowKeyId). */
	readonly key: string;
	/** The raw group keys, one per group-by: what a drill-down filters on. */
	readonly keys: readonly string[];
	/** The keys as people read them, joined with " · " ("Amazon EC2 · us-east-1"). */
	readonly label: string;
	/** Zero when the group has no data this period (see `noData`). */
	readonly amount: Amount;
	/** The group has no cost line this period: shown as "—", which is not $0.00. */
	readonly noData: boolean;
	/** Null while the previous period is still loading; zero when it had no data (see `noPreviousData`). */
	readonly previous: Amount | null;
	readonly noPreviousData: boolean;
	readonly change: Amount | null;
	/** Change over |previous|, signed like the change; null when there was nothing before or it is loading. */
	readonly changeRatio: number | null;
	/** Share of the view's total; null when the total is zero. */
	readonly share: number | null;
	readonly estimated: boolean;
	/** The rows' unit ("USD", or "GB", "Hrs"… for usage); the view's unit when absent. */
	readonly unit?: string;
}

export const SORT_COLUMNS = ['amount', 'previous', 'change', 'changeRatio', 'label'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface SortOrder {
	readonly column: SortColumn;
	readonly descending: boolean;
}

export const SORT_COLUMN_LABELS: Record<SortColumn, string> = {
	amount: 'amount',
	previous: 'previous',
	change: 'change',
	changeRatio: 'change %',
	label: 'name',
};

export function nextSortColumn(column: SortColumn): SortColumn {
	return SORT_COLUMNS[(SORT_COLUMNS.indexOf(column) + 1) % SORT_COLUMNS.length]!;
}

/** Between the labels of a row grouped two ways: "EC2 · us-east-1". */
export const KEY_LABEL_SEPARATOR = ' · ';

/** A row's identity from its keys: the key itself for one group-by, else the keys joined by NUL (never in a key). */
export const rowKeyId = (keys: readonly string[]): string => keys.join('\u0000');

/** "Amazon EC2 · us-east-1": each key read by its own group-by. */
export function keysLabel(groupBys: readonly GroupBy[], keys: readonly string[]): string {
	return keys.map((key, index) => groupKeyLabel(groupBys[index], key)).join(KEY_LABEL_SEPARATOR);
}

/** The view's group-bys as a list, whether one or several were given. */
export const groupByList = (groupBy: GroupBy | readonly GroupBy[]): readonly GroupBy[] =>
	Array.isArray(groupBy) ? groupBy : [groupBy as GroupBy];

/**
 * Joins the period's rows with the previous period's by all their group
 * keys (one or two group-bys). Groups that only cost money before still
 * appear, marked as having no data now, since a cost that vanished is news.
 * Unsorted: see sortTableRows.
 */
export function buildTableRows(
	groupBy: GroupBy | readonly GroupBy[],
	current: readonly CostRow[],
	previous: readonly CostRow[] | undefined,
): TableRow[] {
	const groupBys = groupByList(groupBy);
	const now = totalsByGroup(current);
	const units = new Map<string, string>();
	for (const row of [...(previous ?? []), ...current]) units.set(row.keys.join('\u0000'), row.unit);
	const before = previous === undefined ? undefined : totalsByGroup(previous);
	let total = ZERO;
	for (const group of now.values()) total = (total + group.amount) as Amount;
	const ids = new Set([...now.keys(), ...(before?.keys() ?? [])]);
	const rows: TableRow[] = [];
	for (const id of ids) {
		const group = now.get(id);
		const amount = group?.amount ?? ZERO;
		const earlier = before?.get(id);
		const previousAmount = before === undefined ? null : (earlier?.amount ?? ZERO);
		const change = previousAmount === null ? null : subtractAmounts(amount, previousAmount);
		const keys = groupBys.map((_, index) => group?.keys[index] ?? earlier?.keys[index] ?? '');
		rows.push({
			key: rowKeyId(keys),
			keys,
			label: keysLabel(groupBys, keys),
			amount,
			noData: group === undefined,
			previous: previousAmount,
			noPreviousData: before !== undefined && earlier === undefined,
			change,
			changeRatio: changeRatio(amount, previousAmount),
			share: ratio(amount, total),
			estimated: group?.estimated ?? false,
			unit: units.get(id) ?? 'USD',
		});
	}
	return rows;
}

function compareNullableNumbers(a: number | null, b: number | null): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
	return a - b;
}

function compareNullableAmounts(a: Amount | null, b: Amount | null): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
	return compareAmounts(a, b);
}

const comparators: Record<SortColumn, (a: TableRow, b: TableRow) => number> = {
	amount: (a, b) => compareAmounts(a.amount, b.amount),
	previous: (a, b) => compareNullableAmounts(a.previous, b.previous),
	change: (a, b) => compareNullableAmounts(a.change, b.change),
	changeRatio: (a, b) => compareNullableNumbers(a.changeRatio, b.changeRatio),
	label: (a, b) => a.label.localeCompare(b.label),
};

/** A new sorted array; ties fall back to the label so the order is stable across reloads. */
export function sortTableRows(rows: readonly TableRow[], order: SortOrder): TableRow[] {
	const compare = comparators[order.column];
	const direction = order.descending ? -1 : 1;
	return [...rows].sort((a, b) => direction * compare(a, b) || a.label.localeCompare(b.label));
}

/** Rows whose label or key contains the text, ignoring case; all rows for blank text. */
export function filterTableRows(rows: readonly TableRow[], text: string): readonly TableRow[] {
	const needle = text.trim().toLowerCase();
	if (needle === '') return rows;
	return rows.filter(row => row.label.toLowerCase().includes(needle) || row.keys.some(key => key.toLowerCase().includes(needle)));
}
