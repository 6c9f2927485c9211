import type {WatchPlan} from './watch-plan.js';

/**
 * When the next run is due after `last` (or, with no run yet, from `now`):
 * `--at` anchors runs to that UTC time of day, repeating every `everyMs`;
 * without it the first run is at once.
 */
export function nextRunAt(plan: Pick<WatchPlan, 'everyMs' | 'atMinute'>, now: Date, last: Date | undefined): Date {
	if (last !== undefined) return new Date(last.getTime() + plan.everyMs);
	if (plan.atMinute === undefined) return now;
	const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	let next = midnight + plan.atMinute * 60_000;
	// The anchor may be earlier today: step forward by the period (a day, or 6 h from 09:00 …) to the first slot not past.
	while (next < now.getTime()) next += Math.min(plan.everyMs, 86_400_000);
	return new Date(next);
}
