import {badInput} from './errors.js';

/** How long any one network request may take, connecting and answering, before it counts as timed out. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** An hour: anything longer is a typo, and a request that long is a hang. */
const MAX_TIMEOUT_SECONDS = 3600;

/** Seconds as a person writes them ("30", "2.5") to milliseconds; `name` is the flag or variable, for the message. */
export function parseTimeoutSeconds(text: string, name: string): number {
	const seconds = Number(text.trim());
	if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
		throw badInput(`${name} "${text}" is not a number of seconds from 0.001 to ${MAX_TIMEOUT_SECONDS}, e.g. ${name === '--timeout' ? '--timeout 30' : `${name}=30`}.`);
	}
	return Math.max(1, Math.round(seconds * 1000));
}

/** The request timeout in ms: `--timeout`, else AWS_COST_TIMEOUT, else the settings file's `timeout` (seconds), else 30 s. */
export function resolveTimeoutMs(flag: string | undefined, env: NodeJS.ProcessEnv, settingSeconds?: number): number {
	if (flag !== undefined) return parseTimeoutSeconds(flag, '--timeout');
	const fromEnv = env['AWS_COST_TIMEOUT'];
	if (fromEnv !== undefined && fromEnv !== '') return parseTimeoutSeconds(fromEnv, 'AWS_COST_TIMEOUT');
	if (settingSeconds !== undefined) return parseTimeoutSeconds(String(settingSeconds), 'timeout (settings)');
	return DEFAULT_TIMEOUT_MS;
}

/** "30 s", "0.2 s", "2 min" for messages. */
export function describeTimeout(ms: number): string {
	return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Number((ms / 1000).toFixed(3))} s`;
}

/** What a request that got no answer in time fails with; retried like a throttle. */
export class RequestTimeoutError extends Error {
	readonly endpoint: string;
	readonly timeoutMs: number;

	constructor(endpoint: string, timeoutMs: number) {
		super(`${endpoint} timed out: no answer within ${describeTimeout(timeoutMs)}`);
		this.name = 'TimeoutError';
		this.endpoint = endpoint;
		this.timeoutMs = timeoutMs;
	}
}

export interface TimedSignal {
	/** Aborts when `parent` does or when the time is up. */
	readonly signal: AbortSignal;
	/** True once the time ran out (and `parent` had not aborted first). */
	timedOut(): boolean;
	/** Starts the clock again: for streams, where each chunk proves the other end alive. */
	restart(): void;
	/** Stops the clock. */
	clear(): void;
}

/** A signal for one request: the caller's, plus a deadline `ms` from now. */
export function timedSignal(ms: number, parent?: AbortSignal): TimedSignal {
	const controller = new AbortController();
	let expired = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const start = (): void => {
		timer = setTimeout(() => {
			expired = true;
			controller.abort(new RequestTimeoutError('the request', ms));
		}, ms);
		timer.unref?.();
	};
	const onParentAbort = (): void => controller.abort(parent?.reason);
	if (parent?.aborted) onParentAbort();
	else parent?.addEventListener('abort', onParentAbort, {once: true});
	start();
	return {
		signal: controller.signal,
		timedOut: () => expired && parent?.aborted !== true,
		restart() {
			if (expired || controller.signal.aborted) return;
			clearTimeout(timer);
			start();
		},
		clear: () => {
			clearTimeout(timer);
			parent?.removeEventListener('abort', onParentAbort);
		},
	};
}
