/** Schedules a call; `setTimeout` in the app, a hand-run queue in tests. */
export type Schedule = (run: () => void, delayMs: number) => {readonly cancel: () => void};

export const timerSchedule: Schedule = (run, delayMs) => {
	const timer = setTimeout(run, delayMs);
	return {cancel: () => clearTimeout(timer)};
};

export interface TextBatcher {
	/** Adds streamed text; it is delivered at most once per interval. */
	push(text: string): void;
	/** Delivers what is buffered now (before another event, or at the end). */
	flush(): void;
	/** Drops the timer (unmount); buffered text is flushed first. */
	dispose(): void;
}

/**
 * Joins text deltas that arrive faster than a frame into one delivery per
 * `intervalMs`, so a model streaming hundreds of tokens a second costs a
 * few redraws, not one per token.
 */
export function createTextBatcher(deliver: (text: string) => void, intervalMs: number, schedule: Schedule = timerSchedule): TextBatcher {
	let buffered = '';
	let pending: {readonly cancel: () => void} | undefined;
	const flush = (): void => {
		pending?.cancel();
		pending = undefined;
		if (buffered === '') return;
		const text = buffered;
		buffered = '';
		deliver(text);
	};
	return {
		push(text) {
			buffered += text;
			pending ??= schedule(flush, intervalMs);
		},
		flush,
		dispose: flush,
	};
}
