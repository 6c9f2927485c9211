import type {ScopedReport} from '../insights/format/report-document.js';
import {type AnalyzerOutcome, registeredAnalyzers, runAnalyzers} from './analyzers.js';
import type {Finding} from './api.js';
import type {CostEngine} from '../engine.js';
import type {Scope} from '../query.js';
import type {ReportFor} from '../application/scoped-reports.js';
import {pluginMoney} from './money.js';
import type {ReportPayload} from '../reports/report-payload.js';
import {cents} from '../insights/format/figures.js';

const SEVERITY_ORDER = {critical: 0, warning: 1, info: 2} as const;

type FoundBy = {readonly plugin: string; readonly analyzer: string} & Finding;

/** Every analyzer's findings, most severe first, each with who found it. */
function sortedFindings(outcomes: readonly AnalyzerOutcome[]): FoundBy[] {
	return outcomes
		.flatMap(outcome => (outcome.ok ? outcome.findings.map(finding => ({plugin: outcome.plugin, analyzer: outcome.analyzer, ...finding})) : []))
		.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The findings in a report's versioned payload (money rounded to the cent, as in the rest of it); a failed analyzer is a note. */
export function payloadWithFindings(payload: ReportPayload, outcomes: readonly AnalyzerOutcome[]): ReportPayload {
	const findings = sortedFindings(outcomes).map(({plugin, analyzer, severity, title, detail, amount}) => ({plugin, analyzer, severity, title, detail, amount: amount === undefined ? null : cents(pluginMoney.parse(amount))}));
	return {...payload, findings, notes: [...payload.notes, ...outcomes.flatMap(outcome => (outcome.ok ? [] : [outcome.error]))]};
}

/** The registered analyzers' outcomes for one scope; none (and nothing run) when no plugin brought an analyzer. */
export async function analyzeScope(engine: CostEngine, scope: Scope, signal: AbortSignal = new AbortController().signal): Promise<readonly AnalyzerOutcome[]> {
	if (registeredAnalyzers().length === 0) return [];
	return runAnalyzers({engine, scope, today: engine.today, signal});
}

/**
 * The plugins' findings added to a report: a table (most severe first), a
 * `findings` list in its JSON, and a note per analyzer that failed. The
 * report is returned as it was when no analyzer answered anything.
 */
export function withFindings(report: ScopedReport, outcomes: readonly AnalyzerOutcome[]): ScopedReport {
	if (outcomes.length === 0) return report;
	const findings = sortedFindings(outcomes);
	const failures = outcomes.flatMap(outcome => (outcome.ok ? [] : [outcome.error]));
	const table = {
		title: 'Findings from plugins',
		header: ['Severity', 'Analyzer', 'Finding', 'Amount'],
		numeric: [false, false, false, true],
		rows: findings.map(finding => [finding.severity, finding.analyzer, finding.title, finding.amount === undefined ? '' : pluginMoney.format(pluginMoney.parse(finding.amount))]),
	};
	return {
		...report,
		json: {...report.json, findings, ...(failures.length === 0 ? {} : {analyzerErrors: failures})},
		document: {
			...report.document,
			tables: findings.length === 0 ? report.document.tables : [...report.document.tables, table],
			notes: [...report.document.notes, ...(findings.length === 0 ? ['The plugins’ analyzers found nothing.'] : []), ...failures],
		},
	};
}

/** A report with the registered analyzers' findings for its scope; unchanged when no plugin brought an analyzer. */
export function withAnalyzers(report: ReportFor): ReportFor {
	return async (engine, scope, label) => {
		const base = await report(engine, scope, label);
		return withFindings(base, await analyzeScope(engine, scope));
	};
}
