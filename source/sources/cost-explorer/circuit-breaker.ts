import {CostError} from '../../errors.js';

/**
 * Stops asking a service that just failed (timed out, 5xx, throttled after
 * every retry) for a cool-down, so a dead endpoint costs the user one wait,
 * not one per query, and a struggling one is not hammered. After the
 * cool-down the next call goes through: success closes the circuit, another
 * outage opens it again.
 */
export interface CircuitBreaker {
	/** Throws an `unavailable` CostError while cooling down. */
	check(): void;
	succeeded(): void;
	/** Opens the circuit when `error` says the service was down; other failures leave it as it is. */
	failed(error: CostError): void;
	/** True while cooling down: billable calls fail fast (for metrics). */
	isOpen(): boolean;
}

export interface CircuitBreakerOptions {
	readonly service: string;
	readonly coolDownMs: number;
	/** Epoch ms; injected by tests. */
	readonly now?: () => number;
}

/** How long Cost Explorer is left alone after an outage. */
export const DEFAULT_COOL_DOWN_MS = 60_000;

const whatWentWrong = (error: CostError): string =>
	error.kind === 'timed-out' ? 'timed out' : error.kind === 'throttled' ? 'throttled every retry' : 'was unreachable or failing';

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
	const now = options.now ?? Date.now;
	let open: {readonly since: number; readonly cause: CostError} | undefined;
	return {
		check() {
			if (open === undefined) return;
			const elapsed = now() - open.since;
			if (elapsed >= options.coolDownMs) return;
			const wait = Math.ceil((options.coolDownMs - elapsed) / 1000);
			throw new CostError(
				'unavailable',
				`${options.service} ${whatWentWrong(open.cause)} ${Math.floor(elapsed / 1000)} s ago: not asking again for ${wait} s; retry then.`,
				`circuit open after: ${open.cause.message}`,
				{sourceDown: true},
			);
		},
		succeeded() {
			open = undefined;
		},
		failed(error) {
			if (error.sourceDown) open = {since: now(), cause: error};
		},
		isOpen: () => open !== undefined && now() - open.since < options.coolDownMs,
	};
}
