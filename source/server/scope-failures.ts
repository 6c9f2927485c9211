import type {FastifyReply} from 'fastify';
import type {ScopeOutcomes} from '../application/scope-outcomes.js';
import {oneLineMessage} from '../errors.js';

/** The header that names each scope that failed while others answered (one per scope). */
export const SCOPE_FAILURE_HEADER = 'warning';

/** An RFC 9111 warn-text is a quoted string of visible ASCII: anything else becomes "?". */
function warnText(text: string): string {
	return `"${text.replaceAll(/[^\x20-\x7e]/g, '?').replaceAll(/["\\]/g, '\\$&')}"`;
}

/**
 * The API answers with what the scopes answered. When none did, the first
 * failure is the response's (its kind sets the status); with some answered,
 * the answer holds the rest and each failure is a `Warning: 199 aws-cost
 * "profile b: …"` header, as the CLI writes it to stderr.
 */
export function answeredOrThrow<T extends object>(outcomes: ScopeOutcomes<T>, reply?: FastifyReply): ScopeOutcomes<T>['answered'] {
	if (outcomes.answered.length === 0 && outcomes.failed.length > 0) throw outcomes.failed[0]!.error;
	if (outcomes.failed.length > 0 && reply !== undefined) {
		const warnings = outcomes.failed.map(({label, error}) => `199 aws-cost ${warnText(`profile ${label}: ${oneLineMessage(error)}`)}`);
		reply.header(SCOPE_FAILURE_HEADER, warnings);
		for (const {label, error} of outcomes.failed) reply.log.warn({scope: label}, oneLineMessage(error));
	}
	return outcomes.answered;
}
