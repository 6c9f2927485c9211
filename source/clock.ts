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
