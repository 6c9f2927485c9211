import {readFileSync} from 'node:fs';
import {badInput} from '../../errors.js';
import {quoteInput} from '../../quote-input.js';
import {type WatchOptions, watchConfigSchema} from './watch-plan.js';

/** A `--watch-config` file: the watch options as JSON (see watchConfigSchema); every problem is one line with its path. */
export function readWatchConfig(path: string): WatchOptions {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? 'not JSON';
		throw badInput(`--watch-config ${quoteInput(path)} cannot be read (${reason}).`);
	}
	const parsed = watchConfigSchema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(issue => `${issue.path.length === 0 ? '(top)' : issue.path.join('.')}: ${issue.message}`);
		throw badInput(`--watch-config ${quoteInput(path)}: ${problems.join('; ')}.`);
	}
	return parsed.data;
}
