import type {Budget} from '../analysis/budgets.js';
import type {QueryRequest} from '../application/query-request.js';
import {runEachScope} from '../application/scope-outcomes.js';
import type {LabelledScope} from '../application/scopes.js';
import {metricIsMoney} from '../query.js';
import type {Session} from '../session.js';
import {analyzeScope, payloadWithFindings} from '../plugins/findings-section.js';
import {buildReportContent} from './report-content.js';
import {type ReportMessage, reportMessage} from './report-message.js';
import {type ReportPayload, reportPayload} from './report-payload.js';
import type {ReportTemplate} from './report-template.js';

export interface ReportRun {
	readonly template: ReportTemplate;
	readonly request: QueryRequest;
	readonly budgets: readonly Budget[];
	readonly scopes: readonly LabelledScope[];
	readonly session: Session;
	readonly signal?: AbortSignal;
}

export interface RenderedReport {
	readonly label: string;
	readonly payload: ReportPayload;
	readonly message: ReportMessage;
}

/** One report per scope, rendered every way; each scope succeeds or fails on its own (the CLI, `watch` and `serve` share this). */
export function renderScopeReports(run: ReportRun) {
	const budgets = metricIsMoney(run.request.metric) ? run.budgets : [];
	return runEachScope(run.scopes, async ({label, scope}) => {
		const engine = await run.session.engineFor(scope);
		const content = await buildReportContent(engine, {
			scope,
			label,
			template: run.template,
			metric: run.request.metric,
			budgets,
			cacheMode: run.request.cacheMode,
			...(run.request.filter === undefined ? {} : {filter: run.request.filter}),
			...(run.signal === undefined ? {} : {signal: run.signal}),
		});
		const payload = payloadWithFindings(reportPayload(content), await analyzeScope(engine, scope, run.signal));
		return {payload, message: reportMessage(payload)};
	});
}
