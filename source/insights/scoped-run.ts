import {type CommandIo, warnOn} from '../cli/io.js';
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
 * --demo), in parallel, and prints them in the requested format.
 */
export async function printScopedReports(
	request: QueryRequest,
	io: CommandIo,
	report: (engine: CostEngine, scope: Scope, label: string) => Promise<ScopedReport>,
): Promise<number> {
	const scopes = await resolveScopes(request.scopes, request.account, io.env);
	const session = new Session({today: request.today, cacheMode: request.cacheMode, env: io.env, logger: io.logger, warn: warnOn(io)});
	try {
		const reports = (await Promise.all(scopes.map(async ({label, scope}) => report(await session.engineFor(scope), scope, label)))).map(withRequestCount);
		io.stdout.write(renderReports(reports, request.format, io.stdout.columns ?? 100));
		return 0;
	} finally {
		await session.close();
	}
}
