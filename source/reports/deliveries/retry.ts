/** A delivery failure: one line that names no secret; `retryable` for 5xx, 429, timeouts and dropped connections. */
export class DeliveryError extends Error {
	readonly retryable: boolean;

	constructor(message: string, retryable: boolean) {
		super(message);
		this.name = 'DeliveryError';
		this.retryable = retryable;
	}
}

export interface RetryPolicy {
	/** Tries after the first; 0 sends once. */
	readonly retries: number;
	/** The first pause, ms; each next one doubles (with jitter), up to 30 s. */
	readonly backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {retries: 3, backoffMs: 1000};

function pause(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(new DeliveryError('stopped', false));
		const timer = setTimeout(done, ms);
		function done() {
			signal.removeEventListener('abort', stop);
			resolve();
		}
		function stop() {
			clearTimeout(timer);
			reject(new DeliveryError('stopped', false));
		}
		signal.addEventListener('abort', stop, {once: true});
	});
}

/** Runs `attempt` until it succeeds, fails for good, or the retries run out; the last failure says how many attempts it took. */
export async function withRetries(attempt: () => Promise<void>, policy: RetryPolicy, signal: AbortSignal): Promise<void> {
	for (let tried = 1; ; tried++) {
		try {
			await attempt();
			return;
		} catch (error) {
			const retryable = error instanceof DeliveryError && error.retryable && !signal.aborted;
			if (!retryable || tried > policy.retries) {
				const message = error instanceof Error ? error.message : String(error);
				throw new DeliveryError(tried > 1 ? `${message} (after ${tried} attempts)` : message, false);
			}
			const backoff = Math.min(30_000, policy.backoffMs * 2 ** (tried - 1));
			await pause(backoff / 2 + Math.random() * (backoff / 2), signal);
		}
	}
}
