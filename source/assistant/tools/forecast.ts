import {dailySeriesFromRows} from '../../analysis/daily-series.js';
import {forecastDaily, forecastSum} from '../../analysis/forecast.js';
import {projectMonthEnd} from '../../analysis/month-outlook.js';
import {Z_80} from '../../analysis/robust-statistics.js';
import {type IsoDate, addDays, formatPeriod, maxDate} from '../../dates.js';
import {type Amount, amountFromNumber, formatAmount} from '../../money.js';
import {METRICS, type Metric} from '../../query.js';
import {earliestDailyDate} from '../../validate.js';
import {argumentRecord, optionalChoice, optionalInteger} from './arguments.js';
import {costLabel, filterLabel} from './describe-query.js';
import {filterProperty} from './period-schema.js';
import {filterArgument} from './query-arguments.js';
import type {AssistantTool} from './tool.js';

/** Eight weeks give Holt-Winters several weekly cycles to learn from. */
const HISTORY_DAYS = 56;

/**
 * `forecast`: month-end projection (month-to-date plus a local Holt-Winters
 * forecast of the remaining days) and optionally the next N days' total,
 * both fitted on the daily costs of the last eight weeks.
 */
export const forecastTool: AssistantTool = {
	spec: {
		name: 'forecast',
		description:
			'Forecast costs: the projected total for the current month (month-to-date plus forecast), and optionally the total of the next N days, with an 80% interval. Forecasts are estimates.',
		parameters: {
			type: 'object',
			properties: {
				days: {type: 'integer', minimum: 1, maximum: 92, description: 'Optional: also forecast the total of the next N days (from today).'},
				metric: {type: 'string', enum: METRICS, description: 'Default UnblendedCost.'},
				filter: filterProperty,
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['days', 'metric', 'filter']);
		const days = optionalInteger(record, 'days', 1, 92);
		const metric = optionalChoice<Metric>(record, 'metric', METRICS) ?? context.view?.metric ?? 'UnblendedCost';
		const filter = filterArgument(record);
		const {today} = context;
		const history = await context.engine.run(
			{
				period: {start: maxDate(addDays(today, -HISTORY_DAYS), earliestDailyDate(today)), end: today},
				granularity: 'DAILY',
				metric,
				groupBy: [],
				...(filter === undefined ? {} : {filter}),
				scope: context.scope,
			},
			{signal: context.signal, noCache: context.noCache},
		);
		const series = dailySeriesFromRows(history.rows, history.query.period);
		const money = (amount: Amount): string => formatAmount(amount, history.unit);
		const what = filterLabel(filter) ?? 'all costs';
		const projection = projectMonthEnd(series, today);
		const lines = [
			`Forecast of ${what} (${metric}), fitted on daily costs ${formatPeriod(history.query.period)}, method ${projection.method}:`,
			`Month to date (${formatPeriod({start: projection.month.start, end: today})}): ${money(projection.monthToDate)}`,
			`Projected total for ${projection.month.start.slice(0, 7)}: ${money(projection.projected)} (80% interval ${money(projection.lower)} to ${money(projection.upper)})`,
		];
		if (days !== undefined) {
			const forecast = forecastDaily(series, days);
			const sum = forecastSum(forecast, 0, days, Z_80);
			const last: IsoDate = addDays(today, days - 1);
			lines.push(
				`Next ${days} days (${today} to ${last}): ${money(amountFromNumber(sum.mean))} (80% interval ${money(amountFromNumber(sum.lower))} to ${money(amountFromNumber(sum.upper))})`,
			);
		}
		if (history.empty) lines.push('No cost history to learn from: the forecast is zero, not a prediction.');
		lines.push('These are estimates, not billed figures.');
		return {
			text: lines.join('\n'),
			summary: `forecast ${what}, ${projection.month.start.slice(0, 7)}, ${costLabel([history])}`,
			results: [history],
		};
	},
};
