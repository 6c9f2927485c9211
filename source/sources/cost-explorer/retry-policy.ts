/** The error names AWS uses for "slow down". */
export const THROTTLING_ERROR_NAMES: ReadonlySet<string> = new Set([
	'LimitExceededException',
	'ThrottlingException',
	'Throttling',
	'RequestLimitExceeded',
	'TooManyRequestsException',
]);

/** Network failures worth another try; a refused connection or unknown host is not transient. */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
]);

interface ErrorShape {
	readonly name?: unknown;
	readonly code?: unknown;
	readonly $metadata?: {readonly httpStatusCode?: unknown};
}

const shapeOf = (error: unknown): ErrorShape => (typeof error === 'object' && error !== null ? (error as ErrorShape) : {});

export function httpStatusOf(error: unknown): number | undefined {
	const status = shapeOf(error).$metadata?.httpStatusCode;
	return typeof status === 'number' ? status : undefined;
}

export function isAbortError(error: unknown): boolean {
	return shapeOf(error).name === 'AbortError';
}

export function isThrottling(error: unknown): boolean {
	const {name} = shapeOf(error);
	return (typeof name === 'string' && THROTTLING_ERROR_NAMES.has(name)) || httpStatusOf(error) === 429;
}

export function isTransientNetworkError(error: unknown): boolean {
	const {name, code} = shapeOf(error);
	if (typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code)) return true;
	return name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException';
}

/** Throttling, 5xx and transient network failures; never an abort or a client mistake. */
export function isRetryable(error: unknown): boolean {
	if (isAbortError(error)) return false;
	const status = httpStatusOf(error);
	return isThrottling(error) || (status !== undefined && status >= 500) || isTransientNetworkError(error);
}

export interface BackoffOptions {
	readonly baseMs: number;
	readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {baseMs: 500, capMs: 20_000};

/**
 * "Full jitter" (AWS architecture blog): a uniform delay between 0 and the
 * exponential ceiling, so many clients throttled together do not retry in step.
 * `retry` counts from 0 for the first retry.
 */
export function backoffDelayMs(retry: number, random: () => number, backoff: BackoffOptions = DEFAULT_BACKOFF): number {
	const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** retry);
	return Math.floor(random() * ceiling);
}

export interface RetryOptions {
	/** Total tries, the first included. */
	readonly maxAttempts: number;
	readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly random: () => number;
	readonly signal?: AbortSignal;
	readonly backoff?: BackoffOptions;
	/** Told before each wait, for the log. */
	readonly onRetry?: (error: unknown, retry: number, delayMs: number) => void;
}

/** Runs `attempt` until it succeeds, fails for good, or the attempts run out. */
export async function withRetries<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions): Promise<T> {
	for (let attemptNumber = 1; ; attemptNumber++) {
		options.signal?.throwIfAborted();
		try {
			return await attempt(attemptNumber);
		} catch (error) {
			if (attemptNumber >= options.maxAttempts || !isRetryable(error) || options.signal?.aborted === true) throw error;
			const delayMs = backoffDelayMs(attemptNumber - 1, options.random, options.backoff);
			options.onRetry?.(error, attemptNumber, delayMs);
			await options.sleep(delayMs, options.signal);
		}
	}
}
