import type {MonthEndProjection} from '../../analysis/month-outlook.js';
import {formatAmount, type Amount, subtractAmounts} from '../../money.js';
import {formatPeriod} from '../../dates.js';
import {changeRatio, formatPercentChange} from '../../percent.js';
import type {Mover, SpanFigure} from '../now-figures.js';
import type {NowReport} from '../now-report.js';
import {describeBudgetScope} from './budget-output.js';
import {cents, percent, signedUsd, usd} from './figures.js';
import type {ReportTable, ScopedReport} from './report-document.js';

const ratioJson = (current: Amount | null, previous: Amount | null): number | null => {
	const ratio = current === null ? null : changeRatio(current, previous);
	return ratio === null ? null : Math.round(ratio * 1000) / 10;
};

const spanJson = (figure: SpanFigure | null) =>
	figure === null ? null : {period: figure.period, amount: figure.amount === null ? null : cents(figure.amount), estimated: figure.estimated};

const projectionJson = (projection: MonthEndProjection | undefined) =>
	projection === undefined
		? null
		: {
				month: projection.month,
				throughDay: projection.throughDay ?? null,
				monthToDate: cents(projection.monthToDate),
				projected: cents(projection.projected),
				lower80: cents(projection.lower),
				upper80: cents(projection.upper),
			};

const moverJson = (mover: Mover) => ({
	key: mover.key,
	previous: cents(mover.previous),
	current: cents(mover.current),
	change: cents(mover.change),
	changePercent: ratioJson(mover.current, mover.previous),
});

function budgetJson(budget: NowReport['budget']) {
	if (budget === null) return null;
	const {status} = budget;
	const noData = status.state.kind === 'no-data';
	return {
		name: status.budget.name,
		monthlyAmount: status.budget.monthlyAmount,
		scope: status.budget.scope,
		spent: noData ? null : cents(status.spent),
		projected: noData ? null : cents(status.projected),
		percentUsed: noData ? null : Math.round(status.percentUsed * 10) / 10,
		state: status.state.kind,
		message: status.message,
		otherBudgets: budget.others,
	};
}

/** `aws-cost now --format json`, `GET /api/v1/now`: money in dollars rounded to the cent, null for no data. */
export function nowJson(report: NowReport, label: string): Record<string, unknown> {
	const {spend} = report;
	return {
		scope: label,
		today: report.today,
		metric: report.metric,
		unit: report.unit,
		todaySoFar: spanJson(spend.today),
		yesterday: spanJson(spend.yesterday),
		monthToDate:
			spend.monthToDate === null
				? null
				: {...spanJson(spend.monthToDate), sameDaysLastMonth: spanJson(spend.sameDaysLastMonth), changePercent: ratioJson(spend.monthToDate.amount, spend.sameDaysLastMonth?.amount ?? null)},
		lastMonth: spanJson(spend.lastMonth),
		monthEnd: projectionJson(report.monthEnd),
		movers: {dimension: 'SERVICE', previousDay: report.movers.previousDay, currentDay: report.movers.currentDay, top: report.movers.top.map(moverJson)},
		anomalies: {
			period: report.anomalies.period,
			baseline: report.anomalies.baseline,
			found: report.anomalies.found.map(anomaly => ({
				dimension: 'SERVICE',
				group: anomaly.group,
				start: anomaly.period.start,
				lastDay: anomaly.lastDay,
				direction: anomaly.direction,
				expected: cents(anomaly.expected),
				actual: cents(anomaly.actual),
				impact: cents(anomaly.impact),
			})),
			more: report.anomalies.more,
		},
		budget: budgetJson(report.budget),
		billableRequests: report.billableRequests,
	};
}

const money = (amount: Amount | null, unit: string): string => (amount === null ? 'no data' : usd(amount, unit));
const marked = (figure: SpanFigure): string => (figure.estimated ? '*' : '');

function summaryRows(report: NowReport): string[][] {
	const {spend, unit} = report;
	const rows: string[][] = [
		['Today so far', spend.today.period.start, `${money(spend.today.amount, unit)}${marked(spend.today)}`, ''],
		[
			'Yesterday',
			spend.yesterday.period.start,
			`${money(spend.yesterday.amount, unit)}${marked(spend.yesterday)}`,
			'',
		],
	];
	if (spend.monthToDate !== null) {
		const previous = spend.sameDaysLastMonth?.amount ?? null;
		const current = spend.monthToDate.amount;
		rows.push([
			'Month to date',
			formatPeriod(spend.monthToDate.period),
			`${money(current, unit)}${marked(spend.monthToDate)}`,
			current === null || previous === null ? '' : `${signedUsd(subtractAmounts(current, previous), unit)} (${formatPercentChange(current, previous)})`,
		]);
		if (spend.sameDaysLastMonth !== null) rows.push(['Same days last month', formatPeriod(spend.sameDaysLastMonth.period), money(previous, unit), '']);
	}
	rows.push(['Last month', spend.lastMonth.period.start.slice(0, 7), `${money(spend.lastMonth.amount, unit)}${marked(spend.lastMonth)}`, '']);
	if (report.monthEnd !== undefined) {
		rows.push([
			'Month end (projected)',
			report.monthEnd.month.start.slice(0, 7),
			formatAmount(report.monthEnd.projected, unit),
			`80%: ${formatAmount(report.monthEnd.lower, unit)} – ${formatAmount(report.monthEnd.upper, unit)}`,
		]);
	}
	return rows;
}

function moverTable(report: NowReport): ReportTable | undefined {
	const {movers, unit} = report;
	if (movers.top.length === 0) return undefined;
	return {
		title: `Top movers: ${movers.currentDay} against ${movers.previousDay}`,
		header: ['Service', movers.previousDay, movers.currentDay, 'Change', 'Change %'],
		numeric: [false, true, true, true, true],
		rows: movers.top.map(mover => [mover.key, usd(mover.previous, unit), usd(mover.current, unit), signedUsd(mover.change, unit), formatPercentChange(mover.current, mover.previous)]),
	};
}

function anomalyTable(report: NowReport): ReportTable | undefined {
	const {anomalies, unit} = report;
	if (anomalies.found.length === 0) return undefined;
	return {
		title: `Anomalies in ${formatPeriod(anomalies.period)}`,
		header: ['Service', 'Days', 'Expected', 'Actual', 'Impact'],
		numeric: [false, false, true, true, true],
		rows: anomalies.found.map(anomaly => [anomaly.group, formatPeriod(anomaly.period), usd(anomaly.expected, unit), usd(anomaly.actual, unit), signedUsd(anomaly.impact, unit)]),
	};
}

/** "Most urgent budget: Storage ($15,000.00 a month, service S3): 90% used; will exceed by $1,907.42 on the 27th (1 more budget)." */
function budgetSentence(budget: NowReport['budget']): string {
	if (budget === null) return 'No budgets: add one with aws-cost budgets add --name NAME --amount 500.';
	const {status, others} = budget;
	const used = status.state.kind === 'no-data' ? '' : `${percent(status.percentUsed)} used; `;
	const more = others === 0 ? '' : ` (${others} more budget${others === 1 ? '' : 's'})`;
	return `Most urgent budget: ${status.budget.name} (${usd(status.budget.monthlyAmount)} a month, ${describeBudgetScope(status.budget.scope)}): ${used}${status.message}${more}.`;
}

const estimated = ({spend}: NowReport): boolean =>
	[spend.today, spend.yesterday, spend.monthToDate, spend.lastMonth].some(figure => figure?.estimated === true);

/** The summary as JSON, a table of figures with movers and anomalies, and CSV rows (one per figure). */
export function nowOutput(report: NowReport, label: string): ScopedReport {
	const {anomalies} = report;
	const anomalySentence =
		anomalies.found.length === 0
			? `No service anomalies in ${formatPeriod(anomalies.period)}.`
			: `${anomalies.found.length + anomalies.more} service anomal${anomalies.found.length + anomalies.more === 1 ? 'y' : 'ies'} in ${formatPeriod(anomalies.period)}${anomalies.more > 0 ? ` (the ${anomalies.found.length} largest shown)` : ''}.`;
	const summary = summaryRows(report);
	const tables = [
		{header: ['Figure', 'Period', 'Amount', 'Compared'], numeric: [false, false, true, false], rows: summary},
		moverTable(report),
		anomalyTable(report),
	].filter((table): table is ReportTable => table !== undefined);
	return {
		label,
		json: nowJson(report, label),
		document: {
			heading: `Now (${label}, ${report.today})`,
			sentences: [
				...(report.movers.top.length === 0 ? [`No service changed cost between ${report.movers.previousDay} and ${report.movers.currentDay}.`] : []),
				anomalySentence,
				budgetSentence(report.budget),
			],
			tables,
			notes: [
				...(estimated(report) ? ['* not final yet: today is still being billed, and the last days may still change.'] : []),
				`Anomalies per service are judged against the same weekdays since ${anomalies.baseline.start}; aws-cost anomalies looks 8 weeks back, per account too, and explains each.`,
			],
		},
		data: {
			header: ['figure', 'start', 'end', 'amount', 'estimated'],
			rows: [
				['today', report.spend.today],
				['yesterday', report.spend.yesterday],
				['month_to_date', report.spend.monthToDate],
				['same_days_last_month', report.spend.sameDaysLastMonth],
				['last_month', report.spend.lastMonth],
			]
				.filter((entry): entry is [string, SpanFigure] => entry[1] !== null)
				.map(([figure, span]) => [figure, span.period.start, span.period.end, span.amount === null ? null : cents(span.amount), span.estimated]),
		},
	};
}
