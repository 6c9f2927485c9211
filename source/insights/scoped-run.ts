import {type CommandIo, warnOn} from '../cli/io.js';
import {runEachScope, settleExitCode} from '../cli/scope-outcomes.js';
import type {QueryOptionValues, QueryRequest} from '../cli/query-options.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import type {Scope} from '../query.js';
import {resolveScopes, Session} from '../session.js';
import {type ScopedReport, renderReports} from './format/report-document.js';
import {requestCountNote} from './request-cost.js';

/** Refuses flags a command shares with `query` but has no use for, saying why. */
export function refuseFlags(values: QueryOptionValues, flags: readonly (keyof QueryOptionValues)[], reason: string): void {
	const given = flags.filter(flag => values[flag] !== undefined);
	if (given.length > 0) throw badInput(`${given.map(flag => `--${flag}`).join(', ')}: ${reason}`);
}

/** The report's prose ends with what it cost (JSON and CSV have `billableRequests` already). */
function withRequestCount(report: ScopedReport): ScopedReport {
	const count = report.json['billableRequests'];
	if (typeof count !== 'number') return report;
	return {...report, document: {...report.document, notes: [...report.document.notes, requestCountNote(count)]}};
}

/**
 * Runs one report per scope the request names (never demo data unless
 * --demo), in parallel, and prints them in the requested format. Each scope
 * succeeds or fails on its own (see settleExitCode).
 */
export async function printScopedReports(
	request: QueryRequest,
	io: CommandIo,
	report: (engine: CostEngine, scope: Scope, label: string) => Promise<ScopedReport>,
): Promise<number> {
	if (request.allowStale) throw badInput('--allow-stale works with `aws-cost query` only.');
	const scopes = await resolveScopes(request.scopes, request.account, io.env);
	const session = new Session({today: request.today, cacheMode: request.cacheMode, env: io.env, logger: io.logger, timeoutMs: request.timeoutMs, warn: warnOn(io)});
	try {
		const outcomes = await runEachScope(scopes, async ({label, scope}) => ({report: await report(await session.engineFor(scope), scope, label)}));
		const exitCode = settleExitCode(outcomes, io);
		const reports = outcomes.answered.map(({report: scoped}) => withRequestCount(scoped));
		if (reports.length > 0) io.stdout.write(renderReports(reports, request.format, io.stdout.columns ?? 100));
		return exitCode;
	} finally {
		await session.close();
	}
}
