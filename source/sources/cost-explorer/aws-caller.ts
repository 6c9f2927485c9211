import {type AwsOperation, describeFailure, toCostError} from './error-mapping.js';
import type {RateLimiter} from './rate-limiter.js';
import {isAbortError, withRetries} from './retry-policy.js';

export interface AwsCallerOptions {
	/** Paces the billable (Cost Explorer) calls; STS and Organizations have their own limits. */
	readonly rateLimiter: RateLimiter;
	readonly maxAttempts: number;
	readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly random: () => number;
	readonly logger: (line: string) => void;
	/** For the `aws sso login --profile` hint. */
	readonly profile?: string;
}

export interface AwsCaller {
	/**
	 * Sends one AWS request with pacing, retries and error mapping. `send` gets
	 * the signal to hand to the SDK. Billable calls are counted once each when
	 * they succeed: AWS bills the requests it serves.
	 */
	call<T>(operation: AwsOperation, send: (signal?: AbortSignal) => Promise<T>, billable: boolean, signal?: AbortSignal): Promise<T>;
	billableRequestCount(): number;
}

export function createAwsCaller(options: AwsCallerOptions): AwsCaller {
	let billableRequests = 0;
	return {
		billableRequestCount: () => billableRequests,
		async call(operation, send, billable, signal) {
			try {
				const result = await withRetries(
					async () => {
						if (billable) await options.rateLimiter.acquire(signal);
						return send(signal);
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
				if (billable) billableRequests++;
				return result;
			} catch (error) {
				if (isAbortError(error) || signal?.aborted === true) throw error;
				const mapped = toCostError(error, {operation, ...(options.profile === undefined ? {} : {profile: options.profile})});
				options.logger(`aws: ${mapped.detail ?? describeFailure(error, operation)} -> ${mapped.kind}`);
				throw mapped;
			}
		},
	};
}
