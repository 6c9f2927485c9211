import {type IsoDate, parseIsoDate, toIsoDate} from './dates.js';
import {badInput} from './errors.js';
import {quoteInput} from './quote-input.js';

/**
 * "Today" in UTC. `--today` wins over `AWS_COST_TODAY`, which wins over the
 * system clock: tests, demos and reproducible reports pin it.
 */
export function resolveToday(flag?: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): IsoDate {
	// An empty flag is a mistake (a variable that was not set), not a request for the clock.
	if (flag !== undefined && flag.trim() === '') throw badInput('--today is empty: give a date, YYYY-MM-DD, or leave --today out to use the clock.');
	const pinned = flag ?? env['AWS_COST_TODAY'];
	if (pinned === undefined || pinned === '') return toIsoDate(now);
	try {
		return parseIsoDate(pinned);
	} catch {
		throw badInput(`--today / AWS_COST_TODAY ${quoteInput(pinned)} is not a date: use YYYY-MM-DD.`);
	}
}

/** Where "today" comes from: read each time, so a long-running app or server moves to the new day. */
export interface Clock {
	/** Today in UTC. */
	today(): IsoDate;
	/** True when --today / AWS_COST_TODAY pinned the day: it never moves. */
	readonly pinned: boolean;
	/** Milliseconds until today() changes; undefined when pinned. */
	untilNextDay(): number | undefined;
}

/** Today from the system clock (or `now`, in tests), read on every call. */
export function systemClock(now: () => Date = () => new Date()): Clock {
	return {today: () => toIsoDate(now()), pinned: false, untilNextDay: () => msUntilNextDay(now())};
}

/** A day that never moves: --today, AWS_COST_TODAY, tests. */
export function pinnedClock(day: IsoDate): Clock {
	return {today: () => day, pinned: true, untilNextDay: () => undefined};
}

/** `--today` or `AWS_COST_TODAY` pin the clock (checked as resolveToday checks them); otherwise it follows `now`. */
export function resolveClock(flag?: string, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Clock {
	const day = resolveToday(flag, env, now());
	const pinned = flag !== undefined || (env['AWS_COST_TODAY'] ?? '') !== '';
	return pinned ? pinnedClock(day) : systemClock(now);
}

/** Milliseconds from `now` until the next UTC midnight, when today changes. */
export function msUntilNextDay(now: Date): number {
	return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime();
}
