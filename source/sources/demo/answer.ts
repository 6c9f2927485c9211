import {bucketOf} from '../../aggregate.js';
import {addDays, dayNumber, fromDayNumber} from '../../dates.js';
import type {CostQuery} from '../../query.js';
import type {CostPage, CostRow} from '../../rows.js';
import {type DemoCatalogue, firstEstimatedDay} from './catalogue.js';
import {addDaySpreadOverHours, hourStamp} from './hours.js';
import {roundCell} from './metric-cells.js';
import {type LeafGroup, type QueryPlan, historyIndex, planQuery} from './query-plan.js';

/** A group with its lines' daily USD columns at hand. */
interface LoadedGroup extends LeafGroup {
	readonly columns: readonly Float64Array[];
}

/** Sums beyond this are moved into a bigint so that every addition stays exact in a double. */
const SAFE_PARTIAL = 4e15;

function daySum(group: LoadedGroup, index: number): number {
	let sum = 0;
	for (let leaf = 0; leaf < group.columns.length; leaf++) sum += roundCell(group.columns[leaf]![index]! * group.factors[leaf]!);
	return sum;
}

function* dailyRows(plan: QueryPlan, groups: readonly LoadedGroup[], catalogue: DemoCatalogue): Generator<CostRow[]> {
	const estimatedFrom = firstEstimatedDay(catalogue.today);
	for (let day = dayNumber(plan.firstDay); day < dayNumber(plan.endDay); day++) {
		const start = fromDayNumber(day);
		const end = fromDayNumber(day + 1);
		const index = historyIndex(catalogue, start);
		const estimated = start >= estimatedFrom;
		const rows: CostRow[] = [];
		for (const group of groups) {
			const sum = daySum(group, index);
			if (plan.grouped && sum === 0) continue;
			rows.push({start, end, keys: group.keys, amount: plan.cells.toAmount(sum), unit: group.unit, estimated});
		}
		yield rows;
	}
}

function* monthlyRows(plan: QueryPlan, groups: readonly LoadedGroup[], catalogue: DemoCatalogue, query: CostQuery): Generator<CostRow[]> {
	const estimatedFrom = firstEstimatedDay(catalogue.today);
	let first = plan.firstDay;
	while (first < plan.endDay) {
		const bucket = bucketOf(first, 'MONTHLY', query.period);
		const last = addDays(bucket.end < plan.endDay ? bucket.end : plan.endDay, -1);
		const [from, to] = [historyIndex(catalogue, first), historyIndex(catalogue, last)];
		const rows: CostRow[] = [];
		for (const group of groups) {
			let exact = 0n;
			let partial = 0;
			for (let index = from; index <= to; index++) {
				partial += daySum(group, index);
				if (partial > SAFE_PARTIAL || partial < -SAFE_PARTIAL) {
					exact += BigInt(partial);
					partial = 0;
				}
			}
			exact += BigInt(partial);
			if (plan.grouped && exact === 0n) continue;
			rows.push({
				start: bucket.start,
				end: bucket.end,
				keys: group.keys,
				amount: plan.cells.toAmount(exact),
				unit: group.unit,
				estimated: last >= estimatedFrom,
			});
		}
		yield rows;
		first = bucket.end;
	}
}

function* hourlyRows(plan: QueryPlan, groups: readonly LoadedGroup[], catalogue: DemoCatalogue): Generator<CostRow[]> {
	const estimatedFrom = firstEstimatedDay(catalogue.today);
	for (let day = dayNumber(plan.firstDay); day < dayNumber(plan.endDay); day++) {
		const date = fromDayNumber(day);
		const next = fromDayNumber(day + 1);
		const index = historyIndex(catalogue, date);
		const hours = groups.map(group => {
			const sums = new Float64Array(24);
			group.columns.forEach((column, leaf) => {
				addDaySpreadOverHours(roundCell(column[index]! * group.factors[leaf]!), group.leaves[leaf]!.template.shape, sums);
			});
			return sums;
		});
		const rows: CostRow[] = [];
		for (let hour = 0; hour < 24; hour++) {
			const start = hourStamp(date, hour);
			const end = hour === 23 ? hourStamp(next, 0) : hourStamp(date, hour + 1);
			groups.forEach((group, position) => {
				const sum = hours[position]![hour]!;
				if (plan.grouped && sum === 0) return;
				rows.push({start, end, keys: group.keys, amount: plan.cells.toAmount(sum), unit: group.unit, estimated: date >= estimatedFrom});
			});
		}
		yield rows;
	}
}

function rowsByBucket(catalogue: DemoCatalogue, query: CostQuery): Generator<CostRow[]> {
	const plan = planQuery(catalogue, query);
	const groups: LoadedGroup[] = plan.groups.map(group => ({
		...group,
		columns: group.leaves.map(leaf => catalogue.series.usdOf(leaf.series)),
	}));
	if (query.granularity === 'MONTHLY') return monthlyRows(plan, groups, catalogue, query);
	if (query.granularity === 'HOURLY') return hourlyRows(plan, groups, catalogue);
	return dailyRows(plan, groups, catalogue);
}

/**
 * Answers a query as Cost Explorer would, `pageSize` rows a page. Rows are
 * made one time bucket at a time, so a million-row answer is never held at
 * once. Each page counts one billable request: the demo counts what the same
 * question would cost against the live API.
 */
export async function* answerCostQuery(
	catalogue: DemoCatalogue,
	query: CostQuery,
	pageSize: number,
	signal?: AbortSignal,
): AsyncGenerator<CostPage> {
	signal?.throwIfAborted();
	let page: CostRow[] = [];
	let pagesSent = 0;
	for (const rows of rowsByBucket(catalogue, query)) {
		for (const row of rows) {
			page.push(row);
			if (page.length < pageSize) continue;
			yield {rows: page, fromCache: false, billableRequests: 1};
			pagesSent++;
			page = [];
			signal?.throwIfAborted();
		}
	}
	// An answer with no rows is still one request's worth.
	if (page.length > 0 || pagesSent === 0) yield {rows: page, fromCache: false, billableRequests: 1};
}
