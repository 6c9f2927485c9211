import {type IsoDate, addDays, dayNumber, maxDate, minDate} from '../../dates.js';
import {badInput} from '../../errors.js';
import type {CostQuery, Expression, Scope} from '../../query.js';
import {earliestHourlyDate} from '../../validate.js';
import type {DemoCatalogue} from './catalogue.js';
import {groupKeyOf} from './dimensions.js';
import {compileFilter} from './filter.js';
import type {DemoLeaf} from './leaf.js';
import {type MetricCells, metricCells} from './metric-cells.js';
import {demoAccountById} from './organization.js';

/** Lines that sum into one group key tuple, with what each contributes per USD. */
export interface LeafGroup {
	readonly keys: readonly string[];
	/** The keys joined as compareRows joins them, for ordering. */
	readonly sortKey: string;
	readonly leaves: readonly DemoLeaf[];
	readonly factors: Float64Array;
	readonly unit: string;
}

/** A query worked out against the catalogue: which lines, grouped how, over which days. */
export interface QueryPlan {
	readonly cells: MetricCells;
	/** Ordered by sortKey; one group with empty keys when ungrouped. */
	readonly groups: readonly LeafGroup[];
	readonly grouped: boolean;
	/** History days inside the period: [firstDay, endDay); empty when firstDay >= endDay. */
	readonly firstDay: IsoDate;
	readonly endDay: IsoDate;
}

/** Lines in the query's scope and filter: the only place they are selected. */
export function selectLeaves(catalogue: DemoCatalogue, scope: Scope | undefined, filter: Expression | undefined): DemoLeaf[] {
	const account = scope?.account;
	if (account !== undefined && !demoAccountById(account)) {
		throw badInput(`Account ${account} is not in the demo organization: pick one listed by \`aws-cost accounts --demo\`.`);
	}
	const matches = filter === undefined ? () => true : compileFilter(filter);
	return catalogue.leaves.filter(leaf => (account === undefined || leaf.account.id === account) && matches(leaf));
}

function checkShape(query: CostQuery, today: IsoDate): void {
	if (query.period.end <= query.period.start) {
		throw badInput(`The period ends (${query.period.end}, exclusive) before it starts (${query.period.start}): check --from/--to.`);
	}
	if (query.groupBy.length > 2) {
		throw badInput(`Cost Explorer groups by at most 2 dimensions, got ${query.groupBy.length}: drop a --group-by.`);
	}
	if (query.granularity === 'HOURLY' && query.period.start < earliestHourlyDate(today)) {
		throw badInput(`Hourly data covers the last 14 days only: start on or after ${earliestHourlyDate(today)}, or use DAILY.`);
	}
}

export function planQuery(catalogue: DemoCatalogue, query: CostQuery): QueryPlan {
	checkShape(query, catalogue.today);
	const cells = metricCells(query.metric);
	const leaves = selectLeaves(catalogue, query.scope, query.filter);
	const grouped = query.groupBy.length > 0;
	const byKey = new Map<string, {keys: string[]; leaves: DemoLeaf[]}>();
	if (!grouped) byKey.set('', {keys: [], leaves: []});
	for (const leaf of leaves) {
		// A line that never counts under this metric (RI-covered usage in UnblendedCost) makes no group.
		if (grouped && cells.factorOf(leaf) === 0) continue;
		const keys = query.groupBy.map(groupBy => groupKeyOf(leaf, groupBy));
		const sortKey = keys.join('\u0000');
		let group = byKey.get(sortKey);
		if (!group) {
			group = {keys, leaves: []};
			byKey.set(sortKey, group);
		}
		group.leaves.push(leaf);
	}
	const groups = [...byKey.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([sortKey, group]) => ({
			keys: Object.freeze(group.keys),
			sortKey,
			leaves: group.leaves,
			factors: Float64Array.from(group.leaves, leaf => cells.factorOf(leaf) * cells.cellsPerUnit),
			unit: cells.unitOf(group.leaves),
		}));
	return {
		cells,
		groups,
		grouped,
		firstDay: maxDate(query.period.start, catalogue.historyStart),
		endDay: minDate(query.period.end, addDays(catalogue.today, 1)),
	};
}

/** Index of a day in the catalogue's daily series. */
export const historyIndex = (catalogue: DemoCatalogue, day: IsoDate): number => dayNumber(day) - catalogue.series.firstDay;
