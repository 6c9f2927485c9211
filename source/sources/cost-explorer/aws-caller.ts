import {RequestTimeoutError, timedSignal} from '../../timeouts.js';
import {watchAwsCall} from './call-observer.js';
import type {CircuitBreaker} from './circuit-breaker.js';
import {type AwsOperation, describeFailure, toCostError} from './error-mapping.js';
import type {RateLimiter} from './rate-limiter.js';
import {isAbortError, withRetries} from './retry-policy.js';
import {countBillable} from '../billing.js';

export interface AwsCallerOptions {
	/** Paces the billable (Cost Explorer) calls; STS and Organizations have their own limits. */
	readonly rateLimiter: RateLimiter;
	readonly maxAttempts: number;
	readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly random: () => number;
	readonly logger: (line: string) => void;
	/** For the `aws sso login --profile` hint. */
	readonly profile?: string;
	/** Connect + response deadline of each try, ms. */
	readonly timeoutMs: number;
	/** Where an operation's requests go, for the timed-out message. */
	readonly endpointOf: (operation: AwsOperation) => string;
	/** Fails billable calls fast while Cost Explorer cools down after failing. */
	readonly breaker?: CircuitBreaker;
}

export interface AwsCaller {
	/**
	 * Sends one AWS request with pacing, a deadline per try, retries and error
	 * mapping. `send` gets the signal to hand to the SDK. Billable calls are
	 * counted once each when they succeed: AWS bills the requests it serves.
	 */
	call<T>(operation: AwsOperation, send: (signal?: AbortSignal) => Promise<T>, billable: boolean, signal?: AbortSignal): Promise<T>;
	billableRequestCount(): number;
}

const isTimeout = (error: unknown): boolean =>
	typeof error === 'object' && error !== null && ((error as {name?: unknown}).name === 'TimeoutError' || (error as {code?: unknown}).code === 'ETIMEDOUT');

export function createAwsCaller(options: AwsCallerOptions): AwsCaller {
	let billableRequests = 0;
	/** One try: the SDK's request under the caller's signal plus this try's deadline. */
	const sendOnce = async <T>(operation: AwsOperation, send: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> => {
		const deadline = timedSignal(options.timeoutMs, signal);
		try {
			return await send(deadline.signal);
		} catch (error) {
			if (signal?.aborted !== true && (deadline.timedOut() || isTimeout(error))) {
				throw new RequestTimeoutError(options.endpointOf(operation), options.timeoutMs);
			}
			throw error;
		} finally {
			deadline.clear();
		}
	};
	return {
		billableRequestCount: () => billableRequests,
		async call(operation, send, billable, signal) {
			let attempts = 0;
			const watch = watchAwsCall(operation, billable);
			try {
				if (billable) options.breaker?.check();
				const result = await withRetries(
					async () => {
						if (billable) await options.rateLimiter.acquire(signal);
						attempts++;
						return sendOnce(operation, send, signal);
					},
					{
						maxAttempts: options.maxAttempts,
						sleep: options.sleep,
						random: options.random,
						...(signal === undefined ? {} : {signal}),
						onRetry: (error, retry, delayMs) =>
							options.logger(
								`aws: ${describeFailure(error, operation)}; retry ${retry} of ${options.maxAttempts - 1} in ${delayMs} ms`,
							),
					},
				);
				if (billable) {
					billableRequests++;
					countBillable();
					options.breaker?.succeeded();
				}
				watch?.end({billableRequests: billable ? 1 : 0, attempts});
				return result;
			} catch (error) {
				if (isAbortError(error) || signal?.aborted === true) {
					watch?.end({billableRequests: 0, attempts, failure: 'aborted'});
					throw error;
				}
				const mapped = toCostError(error, {
					operation,
					attempts,
					...(options.profile === undefined ? {} : {profile: options.profile}),
				});
				if (billable && attempts > 0) options.breaker?.failed(mapped);
				watch?.end({billableRequests: 0, attempts, failure: mapped.kind});
				options.logger(`aws: ${mapped.detail ?? describeFailure(error, operation)} -> ${mapped.kind}`);
				throw mapped;
			}
		},
	};
}
