import {addDays} from '../../dates.js';
import {compareAmounts, formatAmount} from '../../money.js';
import type {AnomalyRootCause} from '../../sources/source.js';
import {argumentRecord} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import {periodLabel} from './describe-query.js';
import {periodProperties} from './period-schema.js';
import {periodArgument} from './query-arguments.js';
import type {AssistantTool} from './tool.js';

function rootCauseLabel(causes: readonly AnomalyRootCause[]): string {
	const first = causes[0];
	if (!first) return '-';
	const parts = [first.service, first.region, first.account, first.usageType].filter(part => part !== undefined);
	return `${parts.join(', ')}${causes.length > 1 ? ` (+${causes.length - 1})` : ''}`;
}

/** `anomalies`: unusual spend the source's anomaly detection found, largest impact first. */
export const anomaliesTool: AssistantTool = {
	spec: {
		name: 'anomalies',
		description: 'List cost anomalies (unexpected spend) in a period, largest impact first, with expected vs actual cost and the likely cause.',
		parameters: {type: 'object', properties: periodProperties('', 'the period to search (default: the last 30 days)')},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['range', 'period']);
		const period = periodArgument(record, context.today, {start: addDays(context.today, -30), end: addDays(context.today, 1)});
		const found = await context.engine.source.anomalies(period, context.signal);
		const sorted = [...found].sort((a, b) => compareAmounts(b.impact, a.impact));
		const lines = [`Anomalies ${periodLabel(period)} (${period.start} to ${period.end} exclusive): ${plural(sorted.length, 'anomaly', 'anomalies')}`];
		if (sorted.length > 0) {
			const {shown, hidden} = capRows(sorted);
			const rows = shown.map(anomaly => [
				anomaly.end === null || anomaly.end === anomaly.start ? anomaly.start : `${anomaly.start} … ${anomaly.end}`,
				anomaly.dimensionValue,
				rootCauseLabel(anomaly.rootCauses),
				formatAmount(anomaly.expected),
				formatAmount(anomaly.actual),
				formatAmount(anomaly.impact),
			]);
			lines.push(compactTable(['when', 'monitored', 'likely cause', 'expected', 'actual', 'impact'], rows));
			if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'smaller anomaly', 'smaller anomalies')} not shown)`);
		}
		return {
			text: lines.join('\n'),
			summary: `looked for anomalies, ${periodLabel(period)}: ${sorted.length} found`,
			results: [],
		};
	},
};
