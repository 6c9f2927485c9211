import {formatPeriod} from '../../dates.js';
import {usd} from '../../insights/format/figures.js';
import type {Amount} from '../../money.js';
import {forecastOutput} from '../../insights/format/forecast-output.js';
import {MAX_FORECAST_HORIZON_DAYS, type ForecastReport, forecastReport} from '../../insights/forecast-report.js';
import {METRICS, type Metric} from '../../query.js';
import {argumentRecord, optionalChoice, optionalInteger} from './arguments.js';
import {costLabel, filterLabel} from './describe-query.js';
import {toolInsight} from './insight-context.js';
import {filterProperty} from './period-schema.js';
import {filterArgument} from './query-arguments.js';
import {scopeLabel} from './scope-label.js';
import type {AssistantTool} from './tool.js';

/** "Month end (2026-10): MTD $X → projected $Y (±$Z); 80% interval …": the CLI's month-end line. */
function monthEndLine(report: ForecastReport): string {
	const {monthEnd} = report.overall;
	const money = (value: Amount): string => usd(value, report.unit);
	const through = monthEnd.throughDay === undefined ? 'nothing billed yet this month' : `billed through ${monthEnd.throughDay}`;
	return `Month end (${monthEnd.month.start.slice(0, 7)}): ${report.monthEndText}; 80% interval ${money(monthEnd.lower)} to ${money(monthEnd.upper)}, ${through}.`;
}

function horizonLine(report: ForecastReport): string {
	const {total} = report.overall;
	const money = (value: number): string => usd(value, report.unit);
	const days = report.overall.points.length;
	return `Next ${days} ${days === 1 ? 'day' : 'days'} (${formatPeriod(report.forecastPeriod)}): ${money(total.mean)} (80% interval ${money(total.lower80)} to ${money(total.upper80)}; 95% ${money(total.lower95)} to ${money(total.upper95)})`;
}

function costExplorerLine(report: ForecastReport): string | undefined {
	const {costExplorer} = report;
	if (costExplorer === null) return undefined;
	if (costExplorer.status === 'unavailable') return `Cost Explorer's own forecast: unavailable. ${costExplorer.message}`;
	const {total} = costExplorer.value;
	return `Cost Explorer's own forecast for the same days: ${usd(total.mean, report.unit)} (80% ${usd(total.lower, report.unit)} to ${usd(total.upper, report.unit)}).`;
}

/**
 * `forecast`: the report `aws-cost forecast` prints (a local Holt-Winters
 * forecast learnt from the last 13 weeks of daily costs), told compactly:
 * the month-end projection and, when asked, the next N days' total.
 */
export const forecastTool: AssistantTool = {
	spec: {
		name: 'forecast',
		description:
			'Forecast costs: the projected total for the current month (month-to-date plus forecast), and optionally the total of the next N days, with an 80% interval. Forecasts are estimates.',
		parameters: {
			type: 'object',
			properties: {
				days: {
					type: 'integer',
					minimum: 1,
					maximum: MAX_FORECAST_HORIZON_DAYS,
					description: 'Optional: also forecast the total of the next N days (from today).',
				},
				metric: {type: 'string', enum: METRICS, description: 'Default UnblendedCost.'},
				filter: filterProperty,
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['days', 'metric', 'filter']);
		const days = optionalInteger(record, 'days', 1, MAX_FORECAST_HORIZON_DAYS);
		const metric = optionalChoice<Metric>(record, 'metric', METRICS) ?? context.view?.metric ?? 'UnblendedCost';
		const filter = filterArgument(record);
		const {request, ran} = toolInsight(context);
		const report = await forecastReport(context.engine, {
			...request,
			metric,
			...(filter === undefined ? {} : {filter}),
			...(days === undefined ? {} : {horizonDays: days}),
		});
		const what = filterLabel(filter) ?? 'all costs';
		const history = ran.slice(0, 1);
		const lines = [
			`Forecast of ${what} (${metric}), learnt from daily costs ${formatPeriod(report.history)}, method ${report.overall.method}:`,
			monthEndLine(report),
			...(days === undefined ? [] : [horizonLine(report)]),
			...[costExplorerLine(report)].filter((line): line is string => line !== undefined),
		];
		if (history[0]?.empty) lines.push('No cost history to learn from: the forecast is zero, not a prediction.');
		lines.push('These are estimates, not billed figures.');
		return {
			text: lines.join('\n'),
			summary: `forecast ${what}, ${report.overall.monthEnd.month.start.slice(0, 7)}, ${costLabel(ran, report.billableRequests)}`,
			results: history,
			data: forecastOutput(report, scopeLabel(context.scope)).json,
		};
	},
};
