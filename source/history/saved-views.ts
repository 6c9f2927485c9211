import {buildQueryRequest, type QueryOptionValues} from '../application/query-request.js';
import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import type {SavedView} from './history-types.js';

/** The query flags a view keeps: what is asked, not how it is run (format, cache, today stay the caller's). */
export const VIEW_OPTION_NAMES = ['range', 'from', 'to', 'granularity', 'metric', 'group-by', 'filter', 'exclude-credits', 'account', 'demo', 'profile', 'all-profiles', 'source'] as const;
type ViewOptionName = (typeof VIEW_OPTION_NAMES)[number];
export type ViewOptions = Pick<QueryOptionValues, ViewOptionName>;

const LIST_OPTIONS = new Set<string>(['group-by', 'filter', 'profile']);
const SWITCHES = new Set<string>(['exclude-credits', 'demo', 'all-profiles']);

/** A view option in the shape `aws-cost query` gives it: lists for repeatable flags, true/false for switches, else text. */
function normalized(name: string, value: unknown): unknown {
	if (value === undefined) return undefined;
	const texts = typeof value === 'string' ? [value] : Array.isArray(value) && value.every(item => typeof item === 'string') ? (value as string[]) : undefined;
	if (SWITCHES.has(name)) {
		if (typeof value === 'boolean') return value;
		throw badInput(`View option ${name} is a switch: true or false.`);
	}
	if (texts === undefined) throw badInput(`View option ${name} must be text${LIST_OPTIONS.has(name) ? ' or a list of text' : ''}.`);
	if (LIST_OPTIONS.has(name)) return texts;
	if (texts.length !== 1) throw badInput(`View option ${name} takes one value.`);
	return texts[0];
}

const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} _.,()&+-]{0,63}$/u;

/** A view's name: letters and digits first, then a little punctuation, at most 64 characters. */
export function checkViewName(name: string | undefined): string {
	if (name === undefined || name.trim() === '') throw badInput('Name the view: aws-cost views save NAME [query flags].');
	const trimmed = name.trim();
	if (!NAME_PATTERN.test(trimmed)) throw badInput(`View name ${quoteInput(name)} must start with a letter or digit and hold letters, digits, spaces and _ . , ( ) & + - (64 at most).`);
	return trimmed;
}

/** The view flags among `values`, checked as `aws-cost query` would check them (a view that cannot run is not saved). */
export function viewOptionsFrom(values: Readonly<Record<string, unknown>>, env: NodeJS.ProcessEnv): ViewOptions {
	const options: Record<string, unknown> = {};
	for (const name of VIEW_OPTION_NAMES) {
		const value = normalized(name, values[name]);
		if (value !== undefined) options[name] = value;
	}
	const known = new Set<string>(VIEW_OPTION_NAMES);
	const unknown = Object.keys(values).filter(name => !known.has(name) && values[name] !== undefined);
	if (unknown.length > 0) throw badInput(`A view keeps only query options (${VIEW_OPTION_NAMES.join(', ')}); not ${unknown.join(', ')}.`);
	if (Object.keys(options).length === 0) throw badInput('A view needs at least one query option, e.g. --range last-month --group-by SERVICE.');
	buildQueryRequest(options as QueryOptionValues, env);
	return options as ViewOptions;
}

/** The view's flags under the ones given now: what the caller typed wins. */
export function withView<Values extends QueryOptionValues>(view: SavedView, values: Values): Values {
	const merged: Record<string, unknown> = {...(view.options as Record<string, unknown>)};
	const asked = values as Record<string, unknown>;
	// A range given now replaces the view's from/to, and the other way round.
	if (asked['range'] !== undefined) {
		delete merged['from'];
		delete merged['to'];
	}
	if (asked['from'] !== undefined || asked['to'] !== undefined) delete merged['range'];
	for (const [name, value] of Object.entries(asked)) if (value !== undefined) merged[name] = value;
	return merged as Values;
}

/** `views list` / `views show`: one line per view, its flags as typed. */
export function describeView(view: SavedView): string {
	const flags = Object.entries(view.options).flatMap(([name, value]) =>
		value === true ? [`--${name}`] : value === false ? [] : (Array.isArray(value) ? value : [value]).map(item => `--${name} ${/\s/.test(String(item)) ? JSON.stringify(item) : String(item)}`),
	);
	return flags.join(' ');
}
