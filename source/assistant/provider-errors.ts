import {CostError} from '../errors.js';

/** Socket-level failures that mean "nothing is listening there" or "cannot get there". */
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** The first `code` along an error's cause chain (fetch wraps socket errors in "fetch failed"). */
export function errorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const code = (current as {code?: unknown}).code;
		if (typeof code === 'string') return code;
		current = (current as {cause?: unknown}).cause;
	}
	return undefined;
}

/** True when the request never reached a server. */
export function isUnreachable(error: unknown): boolean {
	const code = errorCode(error);
	return code !== undefined && unreachableCodes.has(code);
}

export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
	return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

/** A provider failure: one line for the screen, the original error for the log. */
export function providerUnavailable(message: string, cause?: unknown): CostError {
	const detail = cause instanceof Error ? `${cause.name}: ${cause.message} ${errorCode(cause) ?? ''}`.trim() : cause === undefined ? undefined : String(cause);
	return new CostError('provider-unavailable', message, detail);
}

/** An error's message, or its cause's when the outer one says nothing ("fetch failed"). */
export function errorMessage(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = (error as {cause?: unknown}).cause;
	if (error.message === 'fetch failed' && cause instanceof Error && cause.message !== '') return cause.message;
	return error.message;
}

/** A provider's own message, shortened to one line for the screen. */
export function firstLine(text: string, max = 160): string {
	const line = (text.split('\n')[0] ?? '').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
