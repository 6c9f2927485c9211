import type {DailyForecastPoint} from '../../analysis/forecast.js';
import type {MonthEndProjection} from '../../analysis/month-outlook.js';
import {formatPeriod} from '../../dates.js';
import type {ForecastReport, IntervalFigures} from '../forecast-report.js';
import {groupKeyLabel} from '../../group-keys.js';
import {cents, usd} from './figures.js';
import type {ReportTable, ScopedReport} from './report-document.js';

const METHOD_NAMES: Readonly<Record<string, string>> = {
	'holt-winters': 'damped Holt-Winters with weekly seasonality',
	'seasonal-naive': 'last week repeated',
	mean: 'the mean of the days so far',
	flat: 'the last days carried forward',
	none: 'no model: no history',
};

const intervalJson = (figures: IntervalFigures) => ({
	mean: cents(figures.mean),
	lower80: cents(figures.lower80),
	upper80: cents(figures.upper80),
	lower95: cents(figures.lower95),
	upper95: cents(figures.upper95),
});

const pointJson = (point: DailyForecastPoint) => ({date: point.date, ...intervalJson(point)});

const monthEndJson = (projection: MonthEndProjection) => ({
	month: projection.month,
	throughDay: projection.throughDay ?? null,
	monthToDate: cents(projection.monthToDate),
	projected: cents(projection.projected),
	lower80: cents(projection.lower),
	upper80: cents(projection.upper),
});

function forecastJson(report: ForecastReport, label: string): Record<string, unknown> {
	const {costExplorer} = report;
	return {
		scope: label,
		today: report.today,
		metric: report.metric,
		unit: report.unit,
		history: report.history,
		forecastPeriod: report.forecastPeriod,
		method: report.overall.method,
		total: intervalJson(report.overall.total),
		monthEnd: {...monthEndJson(report.overall.monthEnd), text: monthEndText(report.overall.monthEnd, report.unit)},
		points: report.overall.points.map(pointJson),
		groups:
			report.groups === null
				? null
				: {
						dimension: report.groups.dimension,
						forecasts: report.groups.forecasts.map(group => ({
							key: group.key,
							method: group.method,
							historyTotal: cents(group.historyTotal),
							total: intervalJson(group.total),
							monthEnd: monthEndJson(group.monthEnd),
							points: group.points.map(pointJson),
						})),
					},
		costExplorer:
			costExplorer === null
				? null
				: costExplorer.status === 'unavailable'
					? costExplorer
					: {
							status: 'ok',
							level: 80,
							total: {mean: cents(costExplorer.value.total.mean), lower: cents(costExplorer.value.total.lower), upper: cents(costExplorer.value.total.upper)},
							points: costExplorer.value.points.map(point => ({start: point.start, end: point.end, mean: cents(point.mean), lower: cents(point.lower), upper: cents(point.upper)})),
						},
		billableRequests: report.billableRequests,
	};
}

const range = (low: number, high: number, unit: string) => `${usd(low, unit)} – ${usd(high, unit)}`;

/** "MTD $1,234.56 → projected $3,400.00 (±$120.00)" in the report's unit: usage is not dollars. */
function monthEndText(projection: MonthEndProjection, unit: string): string {
	const halfWidth = (projection.upper - projection.lower) / 2n;
	return `MTD ${usd(projection.monthToDate, unit)} → projected ${usd(projection.projected, unit)} (±${usd(halfWidth as typeof projection.upper, unit)})`;
}

function sentences(report: ForecastReport): string[] {
	const {overall, unit} = report;
	const days = report.overall.points.length;
	const lines = [
		`Month end: ${monthEndText(overall.monthEnd, unit)}; 80% interval ${range(cents(overall.monthEnd.lower), cents(overall.monthEnd.upper), unit)}.`,
		`Next ${days} day${days === 1 ? '' : 's'} (${formatPeriod(report.forecastPeriod)}): ${usd(overall.total.mean, unit)}; 80% ${range(overall.total.lower80, overall.total.upper80, unit)}, 95% ${range(overall.total.lower95, overall.total.upper95, unit)}.`,
		`Model: ${METHOD_NAMES[overall.method] ?? overall.method}, learnt from ${formatPeriod(report.history)}; today counts as a forecast day because its figure is still partial.`,
	];
	const {costExplorer} = report;
	if (costExplorer?.status === 'ok') {
		const {total} = costExplorer.value;
		lines.push(`Cost Explorer's own forecast for ${formatPeriod(report.forecastPeriod)}: ${usd(total.mean, unit)} (80% ${usd(total.lower, unit)} – ${usd(total.upper, unit)}).`);
	} else if (costExplorer?.status === 'unavailable') {
		lines.push(`Cost Explorer's own forecast: unavailable. ${costExplorer.message}`);
	}
	return lines;
}

function pointsTable(report: ForecastReport): ReportTable {
	const header = ['Date', 'Forecast', '80% low', '80% high', '95% low', '95% high'];
	return {
		title: 'Daily forecast (aws-cost)',
		header,
		numeric: header.map((_, index) => index > 0),
		rows: report.overall.points.map(point => [point.date, ...[point.mean, point.lower80, point.upper80, point.lower95, point.upper95].map(value => usd(value, report.unit))]),
	};
}

function groupsTable(report: ForecastReport): ReportTable[] {
	if (report.groups === null) return [];
	const header = [report.groups.dimension, `Next ${report.overall.points.length} days`, '80% interval', 'Month end'];
	return [
		{
			title: `Per ${report.groups.dimension}`,
			header,
			numeric: [false, true, true, true],
			rows: report.groups.forecasts.map(group => [
				groupKeyLabel(undefined, group.key),
				usd(group.total.mean, report.unit),
				range(group.total.lower80, group.total.upper80, report.unit),
				usd(group.monthEnd.projected, report.unit),
			]),
		},
	];
}

/** The forecast report as JSON, prose with tables, and CSV rows (the total's days, then each group's). */
export function forecastOutput(report: ForecastReport, label: string): ScopedReport {
	const dataRow = (group: string, point: DailyForecastPoint) => [point.date, group, cents(point.mean), cents(point.lower80), cents(point.upper80), cents(point.lower95), cents(point.upper95)];
	return {
		label,
		json: forecastJson(report, label),
		document: {
			heading: `Forecast (${label}, ${report.metric})`,
			sentences: sentences(report),
			tables: [...groupsTable(report), pointsTable(report)],
			notes: [],
		},
		data: {
			header: ['date', 'group', 'mean', 'lower80', 'upper80', 'lower95', 'upper95'],
			rows: [
				...report.overall.points.map(point => dataRow('Total', point)),
				...(report.groups?.forecasts ?? []).flatMap(group => group.points.map(point => dataRow(group.key, point))),
			],
		},
	};
}
