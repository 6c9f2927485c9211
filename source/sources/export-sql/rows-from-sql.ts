import {bucketOf} from '../../aggregate.js';
import {type IsoDate, addDays, dayNumber, fromDayNumber, maxDate, minDate} from '../../dates.js';
import {parseAmount, ZERO} from '../../money.js';
import {type CostQuery, metricIsMoney} from '../../query.js';
import type {CostRow} from '../../rows.js';
import type {SqlRow} from './runner.js';

/** The days an export has lines for: [first, end). */
export interface DataRange {
	readonly first: IsoDate;
	readonly end: IsoDate;
	/** Lines start on other hours than midnight: the export is hourly. */
	readonly hourly: boolean;
}

/** Days whose figures are still moving, as Cost Explorer flags its last ones. */
export const ESTIMATED_DAYS = 3;

const hourStamp = (day: IsoDate, hour: number): string => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;

interface Bucket {
	readonly key: string;
	readonly start: string;
	readonly end: string;
	/** The bucket's last day with data. */
	readonly lastDay: IsoDate;
}

/** The buckets a query's rows fall in, clipped to the days the export has. */
function bucketsOf(query: CostQuery, range: DataRange): Bucket[] {
	const first = maxDate(query.period.start, range.first);
	const end = minDate(query.period.end, range.end);
	const buckets: Bucket[] = [];
	for (let day = dayNumber(first); day < dayNumber(end); ) {
		const date = fromDayNumber(day);
		if (query.granularity === 'MONTHLY') {
			const bucket = bucketOf(date, 'MONTHLY', query.period);
			const last = addDays(minDate(bucket.end, end), -1);
			buckets.push({key: `${date.slice(0, 7)}-01`, start: bucket.start, end: bucket.end, lastDay: last});
			day = dayNumber(bucket.end);
		} else if (query.granularity === 'HOURLY') {
			for (let hour = 0; hour < 24; hour++) {
				const next = hour === 23 ? hourStamp(addDays(date, 1), 0) : hourStamp(date, hour + 1);
				buckets.push({key: hourStamp(date, hour), start: hourStamp(date, hour), end: next, lastDay: date});
			}
			day++;
		} else {
			buckets.push({key: date, start: date, end: addDays(date, 1), lastDay: date});
			day++;
		}
	}
	return buckets;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * CostRows from the SQL's rows, as Cost Explorer answers: in bucket order,
 * groups in key order, an ungrouped query with a row for every bucket (zero
 * where nothing was billed), the export's last days marked estimated.
 */
export function costRowsFromSql(query: CostQuery, range: DataRange, rows: readonly SqlRow[], units: ReadonlyMap<string, string> | undefined): CostRow[] {
	const estimatedFrom = addDays(range.end, -ESTIMATED_DAYS);
	const byBucket = new Map<string, SqlRow[]>();
	for (const row of rows) {
		const key = row['bucket'] ?? '';
		const list = byBucket.get(key) ?? [];
		list.push(row);
		byBucket.set(key, list);
	}
	const unitOf = (keys: readonly string[]): string => {
		if (metricIsMoney(query.metric)) return 'USD';
		if (query.metric === 'NormalizedUsageAmount') return 'N/A';
		return units?.get(keys.join('\u0000')) ?? 'N/A';
	};
	const rawKeys = (row: SqlRow): string[] => query.groupBy.map((_, index) => row[`k${index}`] ?? '');
	const groupKeys = (raw: readonly string[]): string[] =>
		query.groupBy.map((groupBy, index) => (groupBy.type === 'DIMENSION' ? raw[index]! : `${groupBy.key}$${raw[index]!}`));
	const result: CostRow[] = [];
	for (const bucket of bucketsOf(query, range)) {
		const estimated = bucket.lastDay >= estimatedFrom;
		const found = byBucket.get(bucket.key) ?? [];
		if (query.groupBy.length === 0) {
			const amount = found[0]?.['amount'];
			result.push({start: bucket.start, end: bucket.end, keys: [], amount: amount == null ? ZERO : parseAmount(amount), unit: unitOf([]), estimated});
			continue;
		}
		const made = found.map(row => {
			const raw = rawKeys(row);
			return {sortKey: groupKeys(raw).join('\u0000'), row: {start: bucket.start, end: bucket.end, keys: groupKeys(raw), amount: parseAmount(row['amount'] ?? '0'), unit: unitOf(raw), estimated}};
		});
		made.sort((a, b) => compareText(a.sortKey, b.sortKey));
		for (const {row} of made) result.push(row);
	}
	return result;
}

/** The units SQL's rows as a map from raw key tuple to the one unit, or "N/A" when the lines carry several. */
export function unitsFromSql(query: CostQuery, rows: readonly SqlRow[]): Map<string, string> {
	const units = new Map<string, string>();
	for (const row of rows) {
		const keys = query.groupBy.map((_, index) => row[`k${index}`] ?? '');
		units.set(keys.join('\u0000'), row['units'] === '1' ? (row['unit'] ?? 'N/A') : 'N/A');
	}
	return units;
}
