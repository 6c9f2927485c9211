import type {ScopeOutcomes} from '../application/scope-outcomes.js';

/**
 * The API answers with what the scopes answered. When none did, the first
 * failure is the response's (its kind sets the status); with some answered,
 * the failures are logged and the answer holds the rest.
 */
export function answeredOrThrow<T extends object>(outcomes: ScopeOutcomes<T>): ScopeOutcomes<T>['answered'] {
	if (outcomes.answered.length === 0 && outcomes.failed.length > 0) throw outcomes.failed[0]!.error;
	return outcomes.answered;
}
