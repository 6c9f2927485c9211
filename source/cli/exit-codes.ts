import {type CostErrorKind, isCostError} from '../errors.js';

/** What `aws-cost` exits with for each kind of failure: 2 for what the person can fix in the command line, else 1. */
const EXIT_CODES: Readonly<Record<CostErrorKind, 1 | 2>> = {
	'bad-input': 2,
	'no-demo-consent': 2,
	'no-credentials': 1,
	'sso-expired': 1,
	'access-denied': 1,
	throttled: 1,
	'timed-out': 1,
	unavailable: 1,
	'data-unavailable': 1,
	'provider-unavailable': 1,
	'aws-failure': 1,
	'plugin-failure': 1,
};

/** The CLI's exit code for a failure: a CostError's kind decides it; anything else is 1. */
export function exitCodeOf(error: unknown): 1 | 2 {
	return isCostError(error) ? EXIT_CODES[error.kind] : 1;
}
