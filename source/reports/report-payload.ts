import {cents} from '../insights/format/figures.js';
import {subtractAmounts} from '../money.js';
import {changeRatio} from '../percent.js';
import type {ReportContent} from './report-content.js';
import type {ReportSection} from './report-template.js';

/**
 * A report as data: the `json` of every report message, what the webhook
 * sends and what the XLSX and plugin notifiers read. Money is a number
 * rounded to the cent, as in every `--format json`; periods end exclusive.
 * Version 1: fields may be added, never renamed or removed.
 */
export interface ReportPayload {
	readonly version: 1;
	readonly kind: 'aws-cost.report';
	readonly title: string;
	readonly template: string;
	readonly scope: string;
	readonly today: string;
	readonly metric: string;
	readonly unit: string;
	readonly period: {readonly start: string; readonly end: string};
	readonly comparison: {readonly start: string; readonly end: string} | null;
	readonly total: number;
	readonly previousTotal: number | null;
	readonly change: number | null;
	readonly changePercent: number | null;
	readonly daily: readonly {readonly date: string; readonly amount: number}[];
	readonly movers: readonly {readonly service: string; readonly current: number; readonly previous: number; readonly change: number; readonly changePercent: number | null}[];
	readonly anomalies: readonly {
		readonly dimension: string;
		readonly group: string;
		readonly start: string;
		readonly end: string;
		readonly direction: 'spike' | 'drop';
		readonly expected: number;
		readonly actual: number;
		readonly impact: number;
		readonly causes: string;
	}[];
	readonly budgets: readonly {readonly name: string; readonly limit: number; readonly spent: number; readonly projected: number; readonly percentUsed: number; readonly state: string; readonly message: string}[];
	readonly sections: readonly ReportSection[];
	/** What the settings' plugins' analyzers found (most severe first); empty without analyzers. */
	readonly findings: readonly ReportFinding[];
	readonly notes: readonly string[];
	readonly billableRequests: number;
}

export interface ReportFinding {
	readonly plugin: string;
	readonly analyzer: string;
	readonly severity: 'info' | 'warning' | 'critical';
	readonly title: string;
	readonly detail: string;
	readonly amount: number | null;
}

const roundPercent = (value: number | null): number | null => (value === null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10);

const ratioPercent = (ratio: number | null): number | null => (ratio === null ? null : ratio * 100);

/** The content as the versioned payload. */
export function reportPayload(content: ReportContent): ReportPayload {
	const change = content.previousTotal === null ? null : subtractAmounts(content.total, content.previousTotal);
	const previous = content.previousTotal === null ? null : cents(content.previousTotal);
	return {
		version: 1,
		kind: 'aws-cost.report',
		title: content.title,
		template: content.template,
		scope: content.scope,
		today: content.today,
		metric: content.metric,
		unit: content.unit,
		period: content.period,
		comparison: content.comparison,
		total: cents(content.total),
		previousTotal: previous,
		change: change === null ? null : cents(change),
		changePercent: roundPercent(ratioPercent(changeRatio(content.total, content.previousTotal))),
		daily: content.daily.map(day => ({date: day.date, amount: cents(day.amount)})),
		movers: content.movers.map(move => ({service: move.service, current: cents(move.current), previous: cents(move.previous), change: cents(move.change), changePercent: roundPercent(move.changePercent)})),
		anomalies: content.anomalies.map(anomaly => ({
			dimension: anomaly.dimension,
			group: anomaly.group,
			start: anomaly.period.start,
			end: anomaly.period.end,
			direction: anomaly.direction,
			expected: cents(anomaly.expected),
			actual: cents(anomaly.actual),
			impact: cents(anomaly.impact),
			causes: anomaly.causes,
		})),
		budgets: content.budgets.map(budget => ({
			name: budget.name,
			limit: budget.limit,
			spent: cents(budget.spent),
			projected: cents(budget.projected),
			percentUsed: roundPercent(budget.percentUsed) ?? 0,
			state: budget.state,
			message: budget.message,
		})),
		sections: content.sections,
		findings: [],
		notes: content.notes,
		billableRequests: content.billableRequests,
	};
}

/** True for a payload this version can render (a plugin's message may carry anything). */
export function isReportPayload(value: unknown): value is ReportPayload {
	return typeof value === 'object' && value !== null && (value as {kind?: unknown}).kind === 'aws-cost.report' && (value as {version?: unknown}).version === 1;
}
