import {describe, expect, it} from 'vitest';
import {backoffDelayMs, isRetryable, withRetries} from '../../../source/sources/cost-explorer/retry-policy.js';

const awsError = (name: string, httpStatusCode?: number, extra: Record<string, unknown> = {}) =>
	Object.assign(new Error(`${name} happened`), {name, $metadata: httpStatusCode === undefined ? {} : {httpStatusCode}, ...extra});

describe('isRetryable', () => {
	it.each([
		['LimitExceededException', awsError('LimitExceededException', 400), true],
		['ThrottlingException', awsError('ThrottlingException', 400), true],
		['RequestLimitExceeded', awsError('RequestLimitExceeded', 400), true],
		['TooManyRequestsException', awsError('TooManyRequestsException', 400), true],
		['HTTP 429 of any name', awsError('SlowDown', 429), true],
		['HTTP 500', awsError('InternalServerException', 500), true],
		['HTTP 503', awsError('ServiceUnavailable', 503), true],
		['socket hang up (TimeoutError/ECONNRESET)', awsError('TimeoutError', undefined, {code: 'ECONNRESET'}), true],
		['ETIMEDOUT', awsError('Error', undefined, {code: 'ETIMEDOUT'}), true],
		['AccessDeniedException', awsError('AccessDeniedException', 400), false],
		['ValidationException', awsError('ValidationException', 400), false],
		['DataUnavailableException', awsError('DataUnavailableException', 400), false],
		['malformed body (SyntaxError on a 200)', awsError('SyntaxError', 200), false],
		['no credentials', awsError('CredentialsProviderError'), false],
		['connection refused', awsError('Error', undefined, {code: 'ECONNREFUSED'}), false],
		['unknown host', awsError('Error', undefined, {code: 'ENOTFOUND'}), false],
		['abort', awsError('AbortError'), false],
		['a string', 'boom', false],
	])('%s → %s', (_label, error, expected) => {
		expect(isRetryable(error)).toBe(expected);
	});
});

describe('backoffDelayMs (full jitter)', () => {
	it('stays within 0 and the doubling ceiling, capped', () => {
		const backoff = {baseMs: 100, capMs: 1_000};
		expect([0, 1, 2, 3, 4, 10].map(retry => backoffDelayMs(retry, () => 0.999_999, backoff))).toEqual([99, 199, 399, 799, 999, 999]);
		expect([0, 1, 5].map(retry => backoffDelayMs(retry, () => 0, backoff))).toEqual([0, 0, 0]);
		expect(backoffDelayMs(2, () => 0.5, backoff)).toBe(200);
	});
});

describe('withRetries', () => {
	const noSleep = async () => {};

	it('retries until success and reports each wait', async () => {
		const retries: Array<[number, number]> = [];
		let calls = 0;
		const result = await withRetries(
			async () => {
				calls++;
				if (calls < 3) throw awsError('ThrottlingException', 400);
				return 'done';
			},
			{maxAttempts: 5, sleep: noSleep, random: () => 0.5, onRetry: (_error, retry, delayMs) => retries.push([retry, delayMs])},
		);
		expect(result).toBe('done');
		expect(calls).toBe(3);
		expect(retries).toEqual([
			[1, 250],
			[2, 500],
		]);
	});

	it('stops after maxAttempts and rethrows the last error', async () => {
		let calls = 0;
		const failing = withRetries(
			async () => {
				calls++;
				throw awsError('ThrottlingException', 400);
			},
			{maxAttempts: 4, sleep: noSleep, random: () => 0},
		);
		await expect(failing).rejects.toMatchObject({name: 'ThrottlingException'});
		expect(calls).toBe(4);
	});

	it('does not retry what cannot succeed', async () => {
		let calls = 0;
		await expect(
			withRetries(
				async () => {
					calls++;
					throw awsError('AccessDeniedException', 400);
				},
				{maxAttempts: 4, sleep: noSleep, random: () => 0},
			),
		).rejects.toMatchObject({name: 'AccessDeniedException'});
		expect(calls).toBe(1);
	});

	it('gives up as soon as the signal aborts, even mid-wait', async () => {
		const controller = new AbortController();
		let calls = 0;
		const failing = withRetries(
			async () => {
				calls++;
				throw awsError('ThrottlingException', 400);
			},
			{
				maxAttempts: 10,
				random: () => 1,
				signal: controller.signal,
				sleep: async (_ms, signal) => {
					controller.abort();
					signal?.throwIfAborted();
				},
			},
		);
		await expect(failing).rejects.toMatchObject({name: 'AbortError'});
		expect(calls).toBe(1);
	});
});
