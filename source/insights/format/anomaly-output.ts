import type {Contributor, DimensionContributors} from '../../analysis/contribution.js';
import {type IsoDate, daysBetween, formatPeriod} from '../../dates.js';
import {metricIsMoney} from '../../query.js';
import type {AnomalyRootCause, SourceAnomaly} from '../../sources/source.js';
import type {AnomalyReport, ExplainedAnomaly} from '../anomaly-report.js';
import {cents, percent, signedUsd, usd} from './figures.js';
import type {ReportTable, ScopedReport} from './report-document.js';

const DIMENSION_WORDS: Readonly<Record<string, string>> = {
	SERVICE: 'service',
	LINKED_ACCOUNT: 'account',
	REGION: 'region',
	USAGE_TYPE: 'usage type',
};

const contributorJson = (contributor: Contributor): Record<string, unknown> => ({
	key: contributor.key,
	expected: cents(contributor.expected),
	actual: cents(contributor.actual),
	impact: cents(contributor.impact),
	share: Math.round(contributor.share * 1000) / 1000,
	causes: contributor.causes.map(causesJson),
});

function causesJson(dimension: DimensionContributors): Record<string, unknown> {
	return {dimension: dimension.dimension, contributors: dimension.contributors.map(contributorJson)};
}

/** "USE1-NatGateway-Bytes (usage type, 98%), us-east-1 (region, 99%)": the leading child of each dimension. */
export function describeCauses(causes: readonly DimensionContributors[]): string {
	return causes
		.flatMap(({dimension, contributors}) => {
			const [leader] = contributors;
			return leader ? [`${leader.key} (${DIMENSION_WORDS[dimension] ?? dimension}, ${percent(leader.share * 100)} of the change)`] : [];
		})
		.join('; ');
}

/** "EC2 - Other (service) spiked on 2026-11-17 … 2026-11-18: expected $X, actual $Y (+$Z). Driven by …" */
export function describeAnomaly({anomaly, dimension, causes}: ExplainedAnomaly, unit = 'USD'): string {
	const verb = anomaly.direction === 'spike' ? 'spiked' : 'dropped';
	const head = `${anomaly.group} (${DIMENSION_WORDS[dimension]}) ${verb} on ${formatPeriod(anomaly.period)}: expected ${usd(anomaly.expected, unit)}, actual ${usd(anomaly.actual, unit)} (${signedUsd(anomaly.impact, unit)}).`;
	const driven = describeCauses(causes);
	return driven === '' ? head : `${head} Driven by ${driven}.`;
}

const rootCauseText = (cause: AnomalyRootCause): string =>
	[cause.usageType, cause.region, cause.account === undefined ? undefined : `account ${cause.account}`, cause.service].filter(Boolean).join(', ');

function ourJson(explained: ExplainedAnomaly, unit: string): Record<string, unknown> {
	const {anomaly} = explained;
	return {
		dimension: explained.dimension,
		group: anomaly.group,
		start: anomaly.period.start,
		lastDay: anomaly.lastDay,
		direction: anomaly.direction,
		expected: cents(anomaly.expected),
		actual: cents(anomaly.actual),
		impact: cents(anomaly.impact),
		maxScore: Math.round(anomaly.maxScore * 10) / 10,
		days: anomaly.days.map(day => ({date: day.date, expected: cents(day.expected), actual: cents(day.actual), score: Math.round(day.score * 10) / 10})),
		rootCause: explained.rootCause,
		causes: explained.causes.map(causesJson),
		summary: describeAnomaly(explained, unit),
	};
}

const sourceJson = (anomaly: SourceAnomaly) => ({
	id: anomaly.id,
	start: anomaly.start,
	lastDay: anomaly.end,
	dimensionValue: anomaly.dimensionValue,
	expected: cents(anomaly.expected),
	actual: cents(anomaly.actual),
	impact: cents(anomaly.impact),
	maxScore: anomaly.maxScore,
	rootCauses: anomaly.rootCauses,
});

/** "2026-11-17 +1d": the first day and how many follow, to keep the column narrow. */
const daysText = (first: IsoDate, last: IsoDate): string => (first === last ? first : `${first} +${daysBetween(first, last)}d`);

const SOURCE_NAMES: Readonly<Record<string, string>> = {'cost-explorer': "Cost Explorer's anomaly detection", demo: "The demo's injected anomalies", export: 'Anomaly detection in the export'};
const sourceName = (label: string): string => SOURCE_NAMES[label] ?? `The ${label} source's anomalies`;

function tables(report: AnomalyReport): ReportTable[] {
	const header = ['Group', 'Kind', 'Days', 'Expected', 'Actual', 'Impact', 'Root cause'];
	const numeric = [false, false, false, true, true, true, false];
	const ours: ReportTable = {
		title: 'Found by aws-cost',
		header,
		numeric,
		rows: report.anomalies.map(({anomaly, dimension, rootCause}) => [
			anomaly.group,
			DIMENSION_WORDS[dimension]!,
			daysText(anomaly.period.start, anomaly.lastDay),
			usd(anomaly.expected, unitOf(report)),
			usd(anomaly.actual, unitOf(report)),
			signedUsd(anomaly.impact, unitOf(report)),
			rootCauseText(rootCause),
		]),
	};
	const {fromSource} = report;
	if (fromSource.outcome.status !== 'ok' || fromSource.outcome.value.length === 0) return report.anomalies.length > 0 ? [ours] : [];
	const theirs: ReportTable = {
		title: sourceName(fromSource.label),
		header,
		numeric,
		rows: fromSource.outcome.value.map(anomaly => [
			anomaly.dimensionValue,
			'monitor',
			anomaly.end === null ? `${anomaly.start} on` : daysText(anomaly.start, anomaly.end),
			usd(anomaly.expected),
			usd(anomaly.actual),
			signedUsd(anomaly.impact),
			anomaly.rootCauses.map(rootCauseText).join(' | '),
		]),
	};
	return report.anomalies.length > 0 ? [ours, theirs] : [theirs];
}

/**
 * Our anomalies are in the metric's terms: dollars for cost, a bare quantity for
 * usage (the daily series sums usage types, so it has no one unit). The source's
 * own anomalies (Cost Explorer's monitors) are always in dollars.
 */
const unitOf = (report: AnomalyReport): string => (metricIsMoney(report.metric) ? 'USD' : '');

function sentences(report: AnomalyReport): string[] {
	const {fromSource} = report;
	const lines = [
		report.anomalies.length === 0
			? `No unusual days per service or account in ${formatPeriod(report.period)}.`
			: `${report.anomalies.length} unusual stretch${report.anomalies.length === 1 ? '' : 'es'} in ${formatPeriod(report.period)} (baseline: the same weekday over the previous weeks, from ${report.history.start}):`,
		...report.anomalies.map((explained, index) => `${index + 1}. ${describeAnomaly(explained, unitOf(report))}`),
	];
	if (fromSource.outcome.status === 'unavailable') lines.push(`${sourceName(fromSource.label)}: unavailable. ${fromSource.outcome.message}`);
	else lines.push(`${sourceName(fromSource.label)}: ${fromSource.outcome.value.length} in the same days.`);
	return lines;
}

/** The anomaly report as JSON, prose with tables, and CSV rows (ours, then the source's). */
export function anomalyOutput(report: AnomalyReport, label: string): ScopedReport {
	const {fromSource} = report;
	const sourceAnomalies = fromSource.outcome.status === 'ok' ? fromSource.outcome.value : [];
	return {
		label,
		json: {
			scope: label,
			today: report.today,
			metric: report.metric,
			period: report.period,
			history: report.history,
			unit: unitOf(report),
			anomalies: report.anomalies.map(explained => ourJson(explained, unitOf(report))),
			fromSource:
				fromSource.outcome.status === 'ok'
					? {label: fromSource.label, status: 'ok', anomalies: fromSource.outcome.value.map(sourceJson)}
					: {label: fromSource.label, status: 'unavailable', message: fromSource.outcome.message},
			notes: report.notes,
			billableRequests: report.billableRequests,
		},
		document: {heading: `Anomalies (${label}, ${report.metric})`, sentences: sentences(report), tables: tables(report), notes: [...report.notes]},
		data: {
			header: ['found_by', 'dimension', 'group', 'start', 'last_day', 'expected', 'actual', 'impact', 'root_service', 'root_region', 'root_account', 'root_usage_type'],
			rows: [
				...report.anomalies.map(({anomaly, dimension, rootCause}) => [
					'aws-cost',
					dimension,
					anomaly.group,
					anomaly.period.start,
					anomaly.lastDay,
					cents(anomaly.expected),
					cents(anomaly.actual),
					cents(anomaly.impact),
					rootCause.service ?? null,
					rootCause.region ?? null,
					rootCause.account ?? null,
					rootCause.usageType ?? null,
				]),
				...sourceAnomalies.map(anomaly => {
					const [cause] = anomaly.rootCauses;
					return [fromSource.label, 'monitor', anomaly.dimensionValue, anomaly.start, anomaly.end, cents(anomaly.expected), cents(anomaly.actual), cents(anomaly.impact), cause?.service ?? null, cause?.region ?? null, cause?.account ?? null, cause?.usageType ?? null];
				}),
			],
		},
	};
}
