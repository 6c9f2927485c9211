import {type CostErrorKind, isCostError} from '../errors.js';

/*
 * What `aws-cost` exits with. Each number means one thing within a command:
 *   0  done (for `check`: every limit kept)
 *   1  a failure: AWS, the network, credentials … (for `check`: a scope could not be read)
 *   2  bad input: something to fix in the command line or the settings file
 *   3  `check`: a limit was exceeded. Every other command: some of several
 *      scopes failed (the others' results are printed). `check` never exits 3
 *      for a failed scope, so a CI step can read 3 as "over the limit".
 */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** Query-like commands over several scopes: some answered, some failed. */
export const EXIT_PARTIAL = 3;
/** `check` only: a cost went past a limit. */
export const EXIT_LIMIT_EXCEEDED = 3;

/** What `aws-cost` exits with for each kind of failure: 2 for what the person can fix in the command line, else 1. */
const EXIT_CODES: Readonly<Record<CostErrorKind, 1 | 2>> = {
	'bad-input': EXIT_BAD_INPUT,
	'no-demo-consent': EXIT_BAD_INPUT,
	'no-credentials': EXIT_FAILURE,
	'sso-expired': EXIT_FAILURE,
	'access-denied': EXIT_FAILURE,
	throttled: EXIT_FAILURE,
	'timed-out': EXIT_FAILURE,
	unavailable: EXIT_FAILURE,
	'data-unavailable': EXIT_FAILURE,
	'provider-unavailable': EXIT_FAILURE,
	'aws-failure': EXIT_FAILURE,
	'plugin-failure': EXIT_FAILURE,
};

/** The CLI's exit code for a failure: a CostError's kind decides it; anything else is 1. */
export function exitCodeOf(error: unknown): 1 | 2 {
	return isCostError(error) ? EXIT_CODES[error.kind] : EXIT_FAILURE;
}
