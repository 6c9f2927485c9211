import {detectGroupAnomalies} from '../../analysis/anomalies.js';
import {dailySeriesByGroup} from '../../analysis/daily-series.js';
import {addDays, formatPeriod, maxDate} from '../../dates.js';
import {formatAmount} from '../../money.js';
import {type GroupBy, groupByLabel} from '../../query.js';
import {resolvePreset} from '../../presets.js';
import {earliestDailyDate} from '../../validate.js';
import {argumentRecord, given} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import {costLabel, periodLabel} from './describe-query.js';
import {periodProperties} from './period-schema.js';
import {dimensionHint, signedMoney} from './period-comparison.js';
import {groupByArgument, periodArgument} from './query-arguments.js';
import type {AssistantTool} from './tool.js';

/** Days of history before the window, so each judged day has weeks of same-weekday baseline. */
const BASELINE_DAYS = 56;

/**
 * `anomalies`: unusual days per service (or another dimension), found
 * locally with a seasonal baseline over the daily costs, largest impact first.
 */
export const anomaliesTool: AssistantTool = {
	spec: {
		name: 'anomalies',
		description:
			'Find cost anomalies (unusual spikes or drops) per service or another dimension in a period, largest impact first, with expected vs actual cost.',
		parameters: {
			type: 'object',
			properties: {
				...periodProperties('', 'the days to judge (default: the last 30 days)'),
				dimension: {type: 'string', description: `Per what: ${dimensionHint}; default SERVICE.`},
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['range', 'period', 'dimension']);
		const {today} = context;
		const window = periodArgument(record, today, resolvePreset('last-30-days', today));
		const groupBy: GroupBy = given(record, 'dimension')
			? groupByArgument(record['dimension'], 'dimension')
			: {type: 'DIMENSION', key: 'SERVICE'};
		const history = await context.engine.run(
			{
				period: {start: maxDate(addDays(window.start, -BASELINE_DAYS), earliestDailyDate(today)), end: window.end},
				granularity: 'DAILY',
				metric: 'UnblendedCost',
				groupBy: [groupBy],
				scope: context.scope,
			},
			{signal: context.signal, noCache: context.noCache},
		);
		const groups = dailySeriesByGroup(history.rows, 0, history.query.period);
		const found = detectGroupAnomalies(groups, {reportFrom: window.start});
		const money = (amount: Parameters<typeof formatAmount>[0]): string => formatAmount(amount, history.unit);
		const lines = [
			`Anomalies by ${groupByLabel(groupBy)}, ${formatPeriod(window)} (judged against daily costs since ${history.query.period.start}): ${plural(found.length, 'anomaly', 'anomalies')}`,
		];
		if (found.length > 0) {
			const {shown, hidden} = capRows(found);
			const rows = shown.map(anomaly => [
				anomaly.group,
				formatPeriod(anomaly.period),
				anomaly.direction,
				money(anomaly.expected),
				money(anomaly.actual),
				signedMoney(anomaly.impact, history.unit),
			]);
			lines.push(compactTable([groupByLabel(groupBy), 'days', 'kind', 'expected', 'actual', 'impact'], rows));
			if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'smaller anomaly', 'smaller anomalies')} not shown)`);
		}
		if (history.estimated) lines.push('Recent figures are estimated (not final yet).');
		return {
			text: lines.join('\n'),
			summary: `looked for anomalies by ${groupByLabel(groupBy)}, ${periodLabel(window)}: ${found.length} found, ${costLabel([history])}`,
			results: [history],
		};
	},
};
