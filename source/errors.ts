import {redactSecrets} from './redact-secrets.js';
import {terminalText} from './terminal-text.js';

/**
 * Every failure a person can cause or meet has a kind and a one-line message
 * that says what to do. Each front end maps the kind to what it returns
 * (the CLI an exit code, see cli/exit-codes.ts; a server an HTTP status).
 */
export type CostErrorKind =
	| 'bad-input'
	| 'no-credentials'
	| 'sso-expired'
	| 'access-denied'
	| 'throttled'
	| 'timed-out'
	| 'unavailable'
	| 'data-unavailable'
	| 'no-demo-consent'
	| 'provider-unavailable'
	| 'aws-failure'
	/** A plugin's code threw while it ran (its message names the plugin). */
	| 'plugin-failure';

export class CostError extends Error {
	readonly kind: CostErrorKind;
	/** Extra detail for the log file only; never shown on screen. */
	readonly detail: string | undefined;
	/**
	 * The service itself was down (timed out, 5xx, throttled after retries, or
	 * a circuit still cooling down): a stale answer may stand in, labelled.
	 */
	readonly sourceDown: boolean;

	constructor(kind: CostErrorKind, message: string, detail?: string, options: {readonly sourceDown?: boolean} = {}) {
		super(message);
		this.name = 'CostError';
		this.kind = kind;
		this.detail = detail;
		this.sourceDown = options.sourceDown ?? false;
	}
}

export const badInput = (message: string): CostError => new CostError('bad-input', message);

export const isCostError = (error: unknown): error is CostError => error instanceof CostError;

/** One line for the screen, whatever was thrown: a server's escape sequences removed, anything secret-looking masked. */
export function oneLineMessage(error: unknown): string {
	if (isCostError(error)) return redactSecrets(terminalText(error.message));
	if (error instanceof Error && error.name === 'AbortError') return 'Cancelled.';
	const text = error instanceof Error ? error.message : String(error);
	return redactSecrets(terminalText((text.split('\n')[0] ?? 'Unexpected error').trim()) || 'Unexpected error');
}
