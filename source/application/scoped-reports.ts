import type {CostEngine} from '../engine.js';
import {type ScopedReport} from '../insights/format/report-document.js';
import {requestCountNote} from '../insights/request-cost.js';
import type {Scope} from '../query.js';
import type {Session} from '../session.js';
import type {QueryRequest} from './query-request.js';
import {runEachScope, type ScopeOutcomes} from './scope-outcomes.js';
import type {LabelledScope} from './scopes.js';

/** One scope's report: the same data for every front end, which only renders it. */
export type ReportFor = (engine: CostEngine, scope: Scope, label: string) => Promise<ScopedReport>;

/** A report command's options, judged, and the work to run per scope. */
export interface PreparedReport {
	readonly request: QueryRequest;
	readonly report: ReportFor;
}

/** The report's prose ends with what it cost (JSON and CSV have `billableRequests` already). */
function withRequestCount(report: ScopedReport): ScopedReport {
	const count = report.json['billableRequests'];
	if (typeof count !== 'number') return report;
	return {...report, document: {...report.document, notes: [...report.document.notes, requestCountNote(count)]}};
}

/** Runs a report for every scope at once; each succeeds or fails on its own. */
export async function collectScopedReports(
	scopes: readonly LabelledScope[],
	session: Session,
	report: ReportFor,
): Promise<ScopeOutcomes<{report: ScopedReport}>> {
	const outcomes = await runEachScope(scopes, async ({label, scope}) => ({report: withRequestCount(await report(await session.engineFor(scope), scope, label))}));
	return outcomes;
}
