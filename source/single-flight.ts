interface Flight<T, E> {
	readonly controller: AbortController;
	readonly answer: Promise<T>;
	readonly listeners: Set<(event: E) => void>;
	waiting: number;
}

/** What a caller of `SingleFlight.join` gets: the answer, and whether its call started the work. */
export interface Joined<T> {
	readonly value: T;
	readonly led: boolean;
}

export interface JoinOptions<E> {
	/** Ends this caller's wait only; the work is aborted once no caller waits for it. */
	readonly signal?: AbortSignal;
	/** Sees the events the work emits while this caller waits. */
	readonly onEvent?: (event: E) => void;
}

/**
 * Identical work in flight at once runs once: the first caller starts it,
 * later callers with the same key wait for the same answer (or failure).
 * Nothing is kept once the work ends; that is the cache's job.
 */
export class SingleFlight<T, E = never> {
	private readonly flights = new Map<string, Flight<T, E>>();

	/** How many keys have work in flight. */
	get size(): number {
		return this.flights.size;
	}

	join(key: string, work: (signal: AbortSignal, emit: (event: E) => void) => Promise<T>, options: JoinOptions<E> = {}): Promise<Joined<T>> {
		const {signal} = options;
		if (signal?.aborted === true) return Promise.reject(signal.reason);
		let flight = this.flights.get(key);
		const led = flight === undefined;
		if (flight === undefined) {
			const controller = new AbortController();
			const listeners = new Set<(event: E) => void>();
			const emit = (event: E): void => {
				for (const listener of listeners) listener(event);
			};
			const started: Flight<T, E> = {controller, listeners, waiting: 0, answer: Promise.resolve().then(() => work(controller.signal, emit))};
			const forget = (): void => {
				if (this.flights.get(key) === started) this.flights.delete(key);
			};
			started.answer.then(forget, forget);
			this.flights.set(key, started);
			flight = started;
		}
		return this.wait(key, flight, led, options);
	}

	private wait(key: string, flight: Flight<T, E>, led: boolean, {signal, onEvent}: JoinOptions<E>): Promise<Joined<T>> {
		flight.waiting++;
		if (onEvent !== undefined) flight.listeners.add(onEvent);
		return new Promise<Joined<T>>((resolve, reject) => {
			let done = false;
			const leave = (): void => {
				done = true;
				signal?.removeEventListener('abort', onAbort);
				if (onEvent !== undefined) flight.listeners.delete(onEvent);
				flight.waiting--;
			};
			const onAbort = (): void => {
				if (done) return;
				leave();
				reject(signal!.reason);
				// Nobody waits any more: stop paying for the answer, and let the next caller start afresh.
				if (flight.waiting === 0) {
					if (this.flights.get(key) === flight) this.flights.delete(key);
					flight.controller.abort(signal!.reason);
				}
			};
			signal?.addEventListener('abort', onAbort, {once: true});
			flight.answer.then(
				value => {
					if (done) return;
					leave();
					resolve({value, led});
				},
				(error: unknown) => {
					if (done) return;
					leave();
					reject(error);
				},
			);
		});
	}
}
