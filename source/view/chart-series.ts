import {type Amount, ZERO, addAmounts, amountToNumber, compareAmounts} from '../money.js';
import type {GroupBy} from '../query.js';
import type {CostRow} from '../rows.js';
import {groupByList, keysLabel, rowKeyId} from './table-rows.js';

export interface ChartSeries {
	readonly name: string;
	readonly values: readonly number[];
	/** The group's raw keys when grouped two ways, so names can be dressed later (account names); a series of one group-by is named by its key. */
	readonly keys?: readonly string[];
	/** Set on a chart in several units: the legend names it ("Amazon Kinesis (Requests)"). */
	readonly unit?: string;
}

/**
 * Points along the time axis: the first series is the total, then one per
 * top group; with `mixedUnits`, no total (a sum over GB and hours means
 * nothing), one series per group and unit, each carrying its unit.
 */
export interface ChartData {
	/** Start of each time bucket (a date, or a timestamp for HOURLY). */
	readonly buckets: readonly string[];
	readonly series: readonly ChartSeries[];
	readonly mixedUnits?: true;
}

export interface ChartOptions {
	/** The view's group-bys: one series per key pair when there are two. */
	readonly groupBy: GroupBy | readonly GroupBy[];
	/** How many of the biggest groups get their own line. */
	readonly topGroups: number;
	/** Chart only this group (a row's `key`, see rowKeyId): the chart follows the cursor row. */
	readonly onlyKey?: string;
}

const withKeys = (keys: readonly string[]) => (keys.length > 1 ? {keys} : {});

/** Total cost per time bucket, plus the biggest groups (or just the chosen one); no total across units. */
export function buildChartData(rows: readonly CostRow[], options: ChartOptions): ChartData {
	if (new Set(rows.map(row => row.unit)).size > 1) return buildMixedUnitChart(rows, options);
	const buckets = [...new Set(rows.map(row => row.start))].sort();
	const index = new Map(buckets.map((bucket, position) => [bucket, position]));
	const total = buckets.map(() => ZERO);
	const groupBys = groupByList(options.groupBy);
	const byGroup = new Map<string, {keys: readonly string[]; amounts: Amount[]; sum: Amount}>();
	for (const row of rows) {
		const position = index.get(row.start)!;
		total[position] = addAmounts(total[position]!, row.amount);
		const key = rowKeyId(row.keys);
		let group = byGroup.get(key);
		if (group === undefined) {
			group = {keys: row.keys, amounts: buckets.map(() => ZERO), sum: ZERO};
			byGroup.set(key, group);
		}
		group.amounts[position] = addAmounts(group.amounts[position]!, row.amount);
		group.sum = addAmounts(group.sum, row.amount);
	}
	const toSeries = (keys: readonly string[], amounts: readonly Amount[]): ChartSeries => ({
		name: keysLabel(groupBys, keys),
		...withKeys(keys),
		values: amounts.map(amountToNumber),
	});
	if (options.onlyKey !== undefined) {
		const group = byGroup.get(options.onlyKey);
		return {buckets, series: [toSeries(group?.keys ?? options.onlyKey.split('\u0000'), group?.amounts ?? buckets.map(() => ZERO))]};
	}
	const top = [...byGroup.values()]
		.sort((a, b) => compareAmounts(b.sum, a.sum))
		.slice(0, Math.max(0, options.topGroups))
		.map(group => toSeries(group.keys, group.amounts));
	return {buckets, series: [{name: 'Total', values: total.map(amountToNumber)}, ...top]};
}

/** One series per group and unit, biggest first, no total. */
function buildMixedUnitChart(rows: readonly CostRow[], options: ChartOptions): ChartData {
	const buckets = [...new Set(rows.map(row => row.start))].sort();
	const index = new Map(buckets.map((bucket, position) => [bucket, position]));
	const groupBys = groupByList(options.groupBy);
	const byGroup = new Map<string, {keys: readonly string[]; unit: string; amounts: Amount[]; sum: Amount}>();
	for (const row of rows) {
		const key = rowKeyId(row.keys);
		if (options.onlyKey !== undefined && key !== options.onlyKey) continue;
		const id = `${key}\u0000${row.unit}`;
		let group = byGroup.get(id);
		if (group === undefined) {
			group = {keys: row.keys, unit: row.unit, amounts: buckets.map(() => ZERO), sum: ZERO};
			byGroup.set(id, group);
		}
		const position = index.get(row.start)!;
		group.amounts[position] = addAmounts(group.amounts[position]!, row.amount);
		group.sum = addAmounts(group.sum, row.amount);
	}
	const series = [...byGroup.values()]
		// Sums in different units only rank the lines; none is shown.
		.sort((a, b) => compareAmounts(b.sum, a.sum))
		.slice(0, options.onlyKey === undefined ? Math.max(0, options.topGroups) : undefined)
		.map(group => ({name: keysLabel(groupBys, group.keys), ...withKeys(group.keys), unit: group.unit, values: group.amounts.map(amountToNumber)}));
	return {buckets, series, mixedUnits: true};
}

/**
 * The buckets under each of `width` columns, as [from, to) indexes: several
 * buckets averaged into one column when there are more buckets than
 * columns, one bucket spread over two or three columns when fewer, so the
 * series always spans the whole width (30 days fill a 90-column plot).
 */
export function bucketColumns(count: number, width: number): Array<readonly [from: number, to: number]> {
	if (count < 1 || width < 1) return [];
	return Array.from({length: width}, (_, column) => {
		const from = Math.floor((column * count) / width);
		return [from, Math.max(from + 1, Math.floor(((column + 1) * count) / width))] as const;
	});
}

/**
 * Fits a series into `width` points by averaging neighbours, so a daily
 * chart keeps meaning "per day" however narrow the pane. Series no wider
 * than `width` come back unchanged.
 */
export function downsample(values: readonly number[], width: number): number[] {
	if (width < 1) return [];
	if (values.length <= width) return [...values];
	return fitSeries(values, width);
}

/** Fits a series to a pane `width` columns wide: averaged down when longer, spread out when shorter (see bucketColumns). */
export function fitSeries(values: readonly number[], width: number): number[] {
	return bucketColumns(values.length, width).map(([from, to]) => {
		let sum = 0;
		for (let position = from; position < to; position++) sum += values[position]!;
		return sum / (to - from);
	});
}

/** The first bucket under each point of `fitSeries(…, width)`, for the x-axis labels. */
export function fitBuckets(buckets: readonly string[], width: number): string[] {
	return bucketColumns(buckets.length, width).map(([from]) => buckets[from]!);
}
