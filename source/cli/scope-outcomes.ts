import type {ScopeOutcomes} from '../application/scope-outcomes.js';
import {CostError, oneLineMessage} from '../errors.js';
import {EXIT_PARTIAL, exitCodeOf} from './exit-codes.js';
import type {CommandIo} from './io.js';

/** Exit code when some scopes answered and others failed (see exit-codes.ts). */
export const PARTIAL_FAILURE_EXIT_CODE = EXIT_PARTIAL;

/**
 * With one scope, its failure is the command's (thrown as it was). With
 * several, one stderr line per failed scope names it; the exit code is 0 when
 * all answered, 3 when some did, and 1 (or the failures' shared code) when none did.
 */
export function settleExitCode(outcomes: ScopeOutcomes<object>, io: CommandIo): number {
	const {answered, failed} = outcomes;
	if (failed.length === 0) return 0;
	if (answered.length === 0 && failed.length === 1) throw failed[0]!.error;
	for (const {label, error} of failed) {
		io.logger(`error in scope ${label}: ${error instanceof CostError ? `${error.kind} ${error.detail ?? ''}` : ''} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		io.stderr.write(`aws-cost: profile ${label}: ${oneLineMessage(error)}\n`);
	}
	if (answered.length > 0) return PARTIAL_FAILURE_EXIT_CODE;
	const codes = new Set(failed.map(({error}) => exitCodeOf(error)));
	return codes.size === 1 ? [...codes][0]! : 1;
}
