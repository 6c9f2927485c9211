import {type Amount, compareAmounts, formatAmount} from '../../money.js';
import {rowKeyLabels} from '../../group-keys.js';
import {type GroupBy, groupByLabel} from '../../query.js';
import {argumentRecord, given, optionalInteger} from './arguments.js';
import {compactTable} from './compact-table.js';
import {
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

const absolute = (amount: Amount): Amount => (amount < 0n ? -amount : amount) as Amount;

/** `top_movers`: the groups whose cost changed most between two periods. */
export const topMoversTool: AssistantTool = {
	spec: {
		name: 'top_movers',
		description:
			'Find what changed most between two periods: the groups (default: services) with the largest increase or decrease, sorted by size of change.',
		parameters: {
			type: 'object',
			properties: {
				...comparisonProperties,
				dimension: {type: 'string', description: `What to rank: ${dimensionHint}; default SERVICE.`},
				limit: {type: 'integer', minimum: 1, maximum: 15, description: 'How many movers; default 5.'},
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, [...comparisonArgumentNames, 'dimension', 'limit']);
		const groupBy: GroupBy = given(record, 'dimension')
			? groupByArgument(record['dimension'], 'dimension')
			: {type: 'DIMENSION', key: 'SERVICE'};
		const limit = optionalInteger(record, 'limit', 1, 15) ?? 5;
		const comparison = await comparePeriods(comparisonRequest(record, context, groupBy), context);
		const unit = comparison.current.empty ? comparison.previous.unit : comparison.current.unit;
		const movers = comparison.changes
			.filter(change => change.change !== 0n)
			.sort((a, b) => compareAmounts(absolute(b.change), absolute(a.change)))
			.slice(0, limit);
		const lines = [`Top movers: ${comparisonLabel(comparison)} (${comparison.current.query.metric})`];
		if (movers.length === 0) {
			lines.push('Nothing changed between the two periods.');
		} else {
			const rows = movers.map(change => [
				rowKeyLabels([groupBy], change.keys).join(' / ') || '(none)',
				formatAmount(change.previous, unit),
				formatAmount(change.current, unit),
				signedMoney(change.change, unit),
				percentChange(change),
			]);
			lines.push(compactTable([groupByLabel(groupBy), 'previous', 'current', 'change', 'change %'], rows));
		}
		const changed = comparison.changes.filter(change => change.change !== 0n).length;
		if (changed > movers.length) lines.push(`(${changed - movers.length} smaller changes not shown)`);
		if (comparison.current.estimated || comparison.previous.estimated) lines.push('Some figures are estimated (not final yet).');
		return {
			text: lines.join('\n'),
			summary: `ranked movers: ${comparisonLabel(comparison)}`,
			results: [comparison.current, comparison.previous],
			view: {query: comparison.current.query, comparison: comparison.previous.query.period},
			data: comparisonJson(comparison, movers),
		};
	},
};
