import {bucketOf, compareRows, rollUpRows} from '../aggregate.js';
import {canonicalQuery} from '../canonical.js';
import {type IsoDate, type Period, addDays, eachDay, ymd} from '../dates.js';
import {type Amount, ZERO, addAmounts} from '../money.js';
import {type CostQuery, type Granularity, type GroupBy, metricIsMoney} from '../query.js';
import type {CostRow} from '../rows.js';

const granularityRank: Readonly<Record<Granularity, number>> = {HOURLY: 0, DAILY: 1, MONTHLY: 2};

/** How to answer `requested` from the rows cached for another query, without a request. */
export interface Derivation {
	/** Canonical. */
	readonly requested: CostQuery;
	readonly cachedGranularity: Granularity;
	/** For each requested group-by, its position in the cached rows' keys. */
	readonly keepKeys: readonly number[];
	/**
	 * Ungrouped from grouped: Cost Explorer's ungrouped answer has a row for
	 * every bucket (0 when nothing was spent) while grouped answers leave
	 * absent groups out, so empty buckets need a zero row.
	 */
	readonly fillEmptyBuckets: boolean;
}

/**
 * Whether `requested` can be computed exactly from `cached`'s rows: same
 * metric, scope and filter; a period inside the cached one; a granularity at
 * least as coarse (MONTHLY from MONTHLY only on whole cached buckets); and
 * group-bys among the cached ones. The caller must already know both ran as
 * the same identity.
 */
export function planDerivation(requestedQuery: CostQuery, cachedQuery: CostQuery): Derivation | undefined {
	const requested = canonicalQuery(requestedQuery);
	const cached = canonicalQuery(cachedQuery);
	if (requested.metric !== cached.metric) return undefined;
	if (JSON.stringify(requested.filter ?? null) !== JSON.stringify(cached.filter ?? null)) return undefined;
	if (JSON.stringify(requested.scope) !== JSON.stringify(cached.scope)) return undefined;
	if (!periodContains(cached.period, requested.period)) return undefined;
	if (granularityRank[requested.granularity] < granularityRank[cached.granularity]) return undefined;
	if (cached.granularity === 'MONTHLY' && !alignedToMonthlyBuckets(requested.period, cached.period)) return undefined;
	const keepKeys = requested.groupBy.map(group => cached.groupBy.findIndex(other => sameGroupBy(group, other)));
	if (keepKeys.some(index => index < 0)) return undefined;
	const dropsKeys = cached.groupBy.length > requested.groupBy.length;
	// Summing usage over groups mixes units (GB with Hrs); the source picks its own unit for that sum.
	if (dropsKeys && !metricIsMoney(requested.metric)) return undefined;
	const fillEmptyBuckets = requested.groupBy.length === 0 && cached.groupBy.length > 0;
	// Empty HOURLY buckets would need timestamps in the source's own format.
	if (fillEmptyBuckets && requested.granularity === 'HOURLY') return undefined;
	return {requested, cachedGranularity: cached.granularity, keepKeys, fillEmptyBuckets};
}

/**
 * The rows the source would have returned for the derivation's query, sorted
 * like the source's; undefined when the cached rows do not settle it (an
 * empty bucket whose Estimated flag cannot be known, a group whose parts
 * cancel to 0, hours not in UTC).
 */
export function deriveRows(derivation: Derivation, cachedRows: readonly CostRow[]): CostRow[] | undefined {
	const {requested, keepKeys} = derivation;
	if (derivation.cachedGranularity === 'HOURLY' && !cachedRows.every(row => isDayOrUtcTimestamp(row.start))) {
		return undefined;
	}
	const rows =
		requested.granularity === 'HOURLY'
			? sumWithinOwnBuckets(cachedRows, requested.period, keepKeys)
			: rollUpRows(cachedRows, {granularity: requested.granularity, period: requested.period, keepKeys});
	if (requested.groupBy.length > 0 && hasCancelledGroup(derivation, rows, cachedRows)) return undefined;
	if (!derivation.fillEmptyBuckets || requested.granularity === 'HOURLY') return rows;
	const filled = [...rows];
	const startsWithRows = new Set(rows.map(row => row.start));
	for (const bucket of bucketsOf(requested.period, requested.granularity)) {
		if (startsWithRows.has(bucket.start)) continue;
		const estimated = estimatedFlagOfEmptyBucket(bucket, cachedRows);
		if (estimated === undefined) return undefined;
		filled.push({start: bucket.start, end: bucket.end, keys: [], amount: ZERO, unit: 'USD', estimated});
	}
	return filled.sort(compareRows);
}

function periodContains(outer: Period, inner: Period): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

/** Cached MONTHLY buckets are months clipped to the cached period; only whole ones can be reused. */
function alignedToMonthlyBuckets(requested: Period, cached: Period): boolean {
	const isBoundary = (day: IsoDate): boolean => day === cached.start || day === cached.end || ymd(day).day === 1;
	return isBoundary(requested.start) && isBoundary(requested.end);
}

function sameGroupBy(a: GroupBy, b: GroupBy): boolean {
	return a.type === b.type && a.key === b.key;
}

const utcTimestampPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;

function isDayOrUtcTimestamp(text: string): boolean {
	return utcTimestampPattern.test(text);
}

/** Same buckets as the rows already have (HOURLY from HOURLY): filter to the period and sum over dropped keys. */
function sumWithinOwnBuckets(rows: readonly CostRow[], period: Period, keepKeys: readonly number[]): CostRow[] {
	const sums = new Map<string, {row: CostRow; amount: Amount; estimated: boolean}>();
	for (const row of rows) {
		const day = row.start.slice(0, 10);
		if (day < period.start || day >= period.end) continue;
		const keys = keepKeys.map(index => row.keys[index] ?? '');
		const id = rowId(row.start, keys);
		const sum = sums.get(id);
		if (sum) {
			sum.amount = addAmounts(sum.amount, row.amount);
			sum.estimated ||= row.estimated;
		} else {
			sums.set(id, {row: {...row, keys}, amount: row.amount, estimated: row.estimated});
		}
	}
	return [...sums.values()].map(({row, amount, estimated}) => ({...row, amount, estimated})).sort(compareRows);
}

/**
 * A group whose parts cancel out (usage +5, credit -5) sums to exactly 0: a
 * source may list it at 0 or leave it out as absent (the demo does), so
 * such an answer is not derived.
 */
function hasCancelledGroup(derivation: Derivation, derived: readonly CostRow[], cachedRows: readonly CostRow[]): boolean {
	const zeroRows = new Set(derived.filter(row => row.amount === ZERO).map(row => rowId(row.start, row.keys)));
	if (zeroRows.size === 0) return false;
	const {requested, keepKeys} = derivation;
	return cachedRows.some(row => {
		if (row.amount === ZERO) return false;
		const day = row.start.slice(0, 10) as IsoDate;
		if (day < requested.period.start || day >= requested.period.end) return false;
		const bucketStart = requested.granularity === 'HOURLY' ? row.start : bucketOf(day, requested.granularity, requested.period).start;
		return zeroRows.has(rowId(bucketStart, keepKeys.map(index => row.keys[index] ?? '')));
	});
}

const rowId = (start: string, keys: readonly string[]): string => `${start}\u0000${keys.join('\u0000')}`;

function bucketsOf(period: Period, granularity: Exclude<Granularity, 'HOURLY'>): Period[] {
	const buckets = new Map<string, Period>();
	for (const day of eachDay(period)) {
		const bucket = bucketOf(day, granularity, period);
		buckets.set(bucket.start, bucket);
	}
	return [...buckets.values()];
}

/**
 * Cost Explorer marks a whole time bucket Estimated, and figures turn final
 * oldest first. So an empty bucket is estimated when an earlier day is, and
 * final when a later day is; with neither (or both) it cannot be known.
 */
function estimatedFlagOfEmptyBucket(bucket: Period, cachedRows: readonly CostRow[]): boolean | undefined {
	const lastDay = addDays(bucket.end, -1);
	let estimatedBefore = false;
	let finalAfter = false;
	for (const row of cachedRows) {
		const day = row.start.slice(0, 10);
		if (row.estimated && day < bucket.end) estimatedBefore = true;
		if (!row.estimated && day >= lastDay) finalAfter = true;
	}
	return estimatedBefore === finalAfter ? undefined : estimatedBefore;
}
