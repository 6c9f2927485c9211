import {compareAmounts, formatAmount, subtractAmounts} from '../../money.js';
import {rowKeyLabels} from '../../group-keys.js';
import {groupByLabel} from '../../query.js';
import {argumentRecord, given} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import {periodLabel} from './describe-query.js';
import {
	type GroupChange,
	comparePeriods,
	comparisonArgumentNames,
	comparisonJson,
	comparisonLabel,
	comparisonProperties,
	comparisonRequest,
	dimensionHint,
	percentChange,
	signedMoney,
} from './period-comparison.js';
import {groupByArgument} from './query-arguments.js';
import type {AssistantTool} from './tool.js';

/** `compare_periods`: two periods side by side, overall or per group. */
export const comparePeriodsTool: AssistantTool = {
	spec: {
		name: 'compare_periods',
		description:
			'Compare costs of two periods (e.g. this month vs last month), in total or per group, with the change in money and percent.',
		parameters: {
			type: 'object',
			properties: {
				...comparisonProperties,
				groupBy: {type: 'string', description: `Optional: compare per ${dimensionHint}.`},
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, [...comparisonArgumentNames, 'groupBy']);
		const groupBy = given(record, 'groupBy') ? groupByArgument(record['groupBy'], 'groupBy') : undefined;
		const comparison = await comparePeriods(comparisonRequest(record, context, groupBy), context);
		const {current, previous} = comparison;
		const unit = current.empty ? previous.unit : current.unit;
		const money = (amount: GroupChange['current']): string => formatAmount(amount, unit);
		const currentName = periodLabel(current.query.period);
		const previousName = periodLabel(previous.query.period);
		const lines = [
			`${comparisonLabel(comparison)} (${current.query.metric}; current ${current.query.period.start} to ${current.query.period.end} exclusive, previous ${previous.query.period.start} to ${previous.query.period.end} exclusive)`,
		];
		const sorted = groupBy === undefined ? [] : [...comparison.changes].sort((a, b) => compareAmounts(b.current, a.current));
		if (groupBy !== undefined) {
			const {shown, hidden} = capRows(sorted);
			const rows = shown.map(change => [
				rowKeyLabels(groupBy === undefined ? [] : [groupBy], change.keys).join(' / ') || '(none)',
				money(change.previous),
				money(change.current),
				signedMoney(change.change, unit),
				percentChange(change),
			]);
			lines.push(compactTable([groupByLabel(groupBy), previousName, currentName, 'change', 'change %'], rows));
			if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'more row')} not shown)`);
		}
		const total: GroupChange = {
			keys: [],
			previous: previous.total,
			current: current.total,
			change: subtractAmounts(current.total, previous.total),
		};
		lines.push(
			`Total: ${previousName} ${money(total.previous)}, ${currentName} ${money(total.current)}, change ${signedMoney(total.change, unit)} (${percentChange(total)})`,
		);
		if (current.empty && previous.empty) lines.push('No data in either period (this is not $0.00).');
		if (current.estimated || previous.estimated) lines.push('Some figures are estimated (not final yet).');
		return {
			text: lines.join('\n'),
			summary: `compared ${comparisonLabel(comparison)}`,
			results: [current, previous],
			view: {query: current.query, comparison: previous.query.period},
			data: comparisonJson(comparison, sorted),
		};
	},
};
