import type {Budget} from '../analysis/budgets.js';
import {type IsoDate, type Period, addDays, comparisonPeriod, eachDay, formatPeriod, minDate} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {anomalyReport} from '../insights/anomaly-report.js';
import {budgetReport} from '../insights/budget-report.js';
import {describeCauses} from '../insights/format/anomaly-output.js';
import {billableCounter, runOptionsOf} from '../insights/insight-request.js';
import {type Amount, ZERO, addAmounts, subtractAmounts} from '../money.js';
import {changeRatio} from '../percent.js';
import type {Expression, Metric, Scope} from '../query.js';
import {type ReportTemplate, templatePeriod} from './report-template.js';

export interface DailyAmount {
	readonly date: IsoDate;
	readonly amount: Amount;
}

export interface ServiceMove {
	readonly service: string;
	readonly current: Amount;
	readonly previous: Amount;
	readonly change: Amount;
	/** change / previous × 100; null when there was nothing before. */
	readonly changePercent: number | null;
}

export interface ReportAnomaly {
	readonly dimension: string;
	readonly group: string;
	readonly period: Period;
	readonly direction: 'spike' | 'drop';
	readonly expected: Amount;
	readonly actual: Amount;
	readonly impact: Amount;
	/** "USE1-NatGateway-Bytes (usage type, 98% of the change); …"; empty when not explained. */
	readonly causes: string;
}

export interface ReportBudget {
	readonly name: string;
	readonly limit: number;
	readonly spent: Amount;
	readonly projected: Amount;
	readonly percentUsed: number;
	readonly state: 'exceeded' | 'will-exceed' | 'on-track' | 'no-data';
	readonly message: string;
}

/** Everything a report says about one scope, before it is rendered. */
export interface ReportContent {
	readonly title: string;
	readonly template: string;
	readonly scope: string;
	readonly today: IsoDate;
	readonly metric: Metric;
	readonly unit: string;
	readonly period: Period;
	readonly comparison: Period | null;
	readonly total: Amount;
	readonly previousTotal: Amount | null;
	/** The chart's days, oldest first, ending with the period. */
	readonly daily: readonly DailyAmount[];
	/** Largest change first. */
	readonly movers: readonly ServiceMove[];
	readonly anomalies: readonly ReportAnomaly[];
	readonly budgets: readonly ReportBudget[];
	readonly sections: ReportTemplate['sections'];
	readonly notes: readonly string[];
	readonly billableRequests: number;
}

export interface ReportContentRequest {
	readonly scope: Scope;
	readonly label: string;
	readonly template: ReportTemplate;
	readonly metric: Metric;
	readonly filter?: Expression;
	readonly budgets: readonly Budget[];
	readonly cacheMode?: 'use' | 'refresh' | 'off';
	readonly signal?: AbortSignal;
}

const percentOf = (ratio: number | null): number | null => (ratio === null ? null : ratio * 100);

const sumBy = <K>(map: Map<K, Amount>, key: K, amount: Amount): void => {
	map.set(key, addAmounts(map.get(key) ?? ZERO, amount));
};

function movers(current: ReadonlyMap<string, Amount>, previous: ReadonlyMap<string, Amount>, top: number): ServiceMove[] {
	const services = new Set([...current.keys(), ...previous.keys()]);
	return [...services]
		.map(service => {
			const now = current.get(service) ?? ZERO;
			const before = previous.get(service) ?? ZERO;
			const change = subtractAmounts(now, before);
			return {service, current: now, previous: before, change, changePercent: percentOf(changeRatio(now, before))};
		})
		.filter(move => move.change !== ZERO)
		.sort((a, b) => {
			const size = (move: ServiceMove) => (move.change < 0n ? -move.change : move.change);
			return size(b) > size(a) ? 1 : size(b) < size(a) ? -1 : a.service < b.service ? -1 : 1;
		})
		.slice(0, top);
}

/**
 * One scope's report: one DAILY query by service over the chart's days and
 * the comparison period feeds the summary, chart and movers; the anomaly and
 * budget reports (as `aws-cost anomalies` and `budgets` make them) add theirs.
 * Sections the template leaves out cost no query.
 */
export async function buildReportContent(engine: CostEngine, request: ReportContentRequest): Promise<ReportContent> {
	const {template} = request;
	const today = engine.today;
	const billable = billableCounter(engine);
	const period = templatePeriod(template, today);
	const comparison = template.compare === 'none' ? null : comparisonPeriod(period);
	const chartStart = addDays(period.end, -template.chartDays);
	const start = [period.start, chartStart, comparison?.start ?? period.start].reduce((a, b) => minDate(a, b));
	const result = await engine.run(
		{
			period: {start, end: period.end},
			granularity: 'DAILY',
			metric: request.metric,
			groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
			...(request.filter === undefined ? {} : {filter: request.filter}),
			scope: request.scope,
		},
		runOptionsOf(request),
	);
	const byDay = new Map<string, Amount>();
	const current = new Map<string, Amount>();
	const previous = new Map<string, Amount>();
	const inside = (date: string, within: Period) => date >= within.start && date < within.end;
	for (const row of result.rows) {
		const service = row.keys[0] ?? 'Other';
		sumBy(byDay, row.start, row.amount);
		if (inside(row.start, period)) sumBy(current, service, row.amount);
		if (comparison !== null && inside(row.start, comparison)) sumBy(previous, service, row.amount);
	}
	const total = [...current.values()].reduce(addAmounts, ZERO);
	const sections = new Set(template.sections);
	const notes: string[] = [];
	if (result.estimated) notes.push('Some figures are estimated: Cost Explorer has not finalised the last days yet.');
	const anomalies = sections.has('anomalies') ? await reportAnomalies(engine, request, period, notes) : [];
	const budgets = sections.has('budgets') && request.budgets.length > 0 ? await reportBudgets(engine, request) : [];
	return {
		title: template.title,
		template: template.name,
		scope: request.label,
		today,
		metric: request.metric,
		unit: result.unit === '' ? 'USD' : result.unit,
		period,
		comparison,
		total,
		previousTotal: comparison === null ? null : [...previous.values()].reduce(addAmounts, ZERO),
		daily: eachDay({start: chartStart, end: period.end}).map(date => ({date, amount: byDay.get(date) ?? ZERO})),
		movers: comparison === null ? [] : movers(current, previous, template.topMovers),
		anomalies,
		budgets,
		sections: template.sections,
		notes,
		billableRequests: billable(),
	};
}

async function reportAnomalies(engine: CostEngine, request: ReportContentRequest, period: Period, notes: string[]): Promise<ReportAnomaly[]> {
	const days: Period = {start: addDays(period.end, -request.template.anomalyDays), end: period.end};
	const report = await anomalyReport(engine, {
		scope: request.scope,
		metric: request.metric,
		period: days,
		rootCauseLimit: 5,
		minImpact: request.template.minAnomalyImpact,
		...(request.filter === undefined ? {} : {filter: request.filter}),
		...(request.cacheMode === undefined ? {} : {cacheMode: request.cacheMode}),
		...(request.signal === undefined ? {} : {signal: request.signal}),
	});
	notes.push(...report.notes.map(note => `Anomalies (${formatPeriod(days)}): ${note}`));
	return report.anomalies.map(({anomaly, dimension, causes}) => ({
		dimension,
		group: anomaly.group,
		period: anomaly.period,
		direction: anomaly.direction,
		expected: anomaly.expected,
		actual: anomaly.actual,
		impact: anomaly.impact,
		causes: describeCauses(causes),
	}));
}

async function reportBudgets(engine: CostEngine, request: ReportContentRequest): Promise<ReportBudget[]> {
	const report = await budgetReport(engine, request.budgets, {
		scope: request.scope,
		metric: request.metric,
		...(request.cacheMode === undefined ? {} : {cacheMode: request.cacheMode}),
		...(request.signal === undefined ? {} : {signal: request.signal}),
	});
	return report.statuses.map(status => ({
		name: status.budget.name,
		limit: status.budget.monthlyAmount,
		spent: status.spent,
		projected: status.projected,
		percentUsed: status.percentUsed,
		state: status.state.kind,
		message: status.message,
	}));
}
