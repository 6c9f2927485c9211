import type {PreparedReport} from '../application/scoped-reports.js';
import {collectScopedReports} from '../application/scoped-reports.js';
import {resolveScopes} from '../application/scopes.js';
import {badInput} from '../errors.js';
import {renderReports} from '../insights/format/report-document.js';
import {historyRecorderFor} from '../history/history-settings.js';
import {Session} from '../session.js';
import {type CommandIo, warnOn} from './io.js';
import {settleExitCode} from './scope-outcomes.js';

/**
 * Runs one report per scope the request names (never demo data unless
 * --demo), in parallel, and prints them in the requested format. Each scope
 * succeeds or fails on its own (see settleExitCode).
 */
export async function printScopedReports({request, report}: PreparedReport, io: CommandIo): Promise<number> {
	if (request.allowStale) throw badInput('--allow-stale works with `aws-cost query` only.');
	const scopes = await resolveScopes(request.scopes, request.account, io.env);
	const session = new Session({today: request.today, cacheMode: request.cacheMode, env: io.env, logger: io.logger, timeoutMs: request.timeoutMs, warn: warnOn(io), history: historyRecorderFor({env: io.env, origin: {frontEnd: 'cli'}, warn: warnOn(io)})});
	try {
		const outcomes = await collectScopedReports(scopes, session, report);
		const exitCode = settleExitCode(outcomes, io);
		const reports = outcomes.answered.map(({report: scoped}) => scoped);
		if (reports.length > 0) io.stdout.write(renderReports(reports, request.format, io.stdout.columns ?? 100));
		return exitCode;
	} finally {
		await session.close();
	}
}
