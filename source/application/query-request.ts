import {resolveToday} from '../clock.js';
import type {IsoDate, Period} from '../dates.js';
import {quoteInput} from '../quote-input.js';
import {badInput, isCostError} from '../errors.js';
import {type OutputFormat, isOutputFormat, OUTPUT_FORMATS} from '../export/index.js';
import {periodFromInclusive, resolvePreset} from '../presets.js';
import type {Expression, Granularity, GroupBy, Metric} from '../query.js';
import {resolveTimeoutMs} from '../timeouts.js';
import {parseGranularity, parseMetric} from '../input/parse-choices.js';
import {combineFilters, excludeCreditsFilter, parseFilter} from '../input/parse-filter.js';
import {parseGroupBy} from '../input/parse-group-by.js';
import {BUILTIN_SOURCE_NAMES} from '../sources/builtin-sources.js';
import {exportLocationLabel, parseExportLocation} from '../sources/export-location.js';
import {registeredSources} from '../sources/registry.js';
import {type CacheMode, type ScopeRequest, scopeRequestFromFlags} from './scopes.js';

/**
 * A request's options by their command-line names: the CLI's parsed flags,
 * and the API's query string mapped to the same names, so both are judged by
 * one function with the same one-line messages.
 */
export type QueryOptionValues = {
	range?: string;
	from?: string;
	to?: string;
	granularity?: string;
	metric?: string;
	'group-by'?: string[];
	filter?: string[];
	'exclude-credits'?: boolean;
	profile?: string[];
	'all-profiles'?: boolean;
	account?: string;
	demo?: boolean;
	source?: string;
	'athena-workgroup'?: string;
	'athena-output'?: string;
	format?: string;
	'no-cache'?: boolean;
	refresh?: boolean;
	today?: string;
	timeout?: string;
	'allow-stale'?: boolean;
	help?: boolean;
};

export interface QueryRequest {
	readonly today: IsoDate;
	readonly period: Period;
	readonly granularity: Granularity;
	readonly metric: Metric;
	readonly groupBy: readonly GroupBy[];
	readonly filter: Expression | undefined;
	readonly account: string | undefined;
	readonly scopes: ScopeRequest;
	readonly format: OutputFormat;
	readonly cacheMode: CacheMode;
	/** Connect + response deadline of each network request, ms. */
	readonly timeoutMs: number;
	/** When Cost Explorer is down, answer from the last cached answer, labelled stale. */
	readonly allowStale: boolean;
}

/** Turns parsed flags into a request; every mistake is a one-line bad-input error. */
export function buildQueryRequest(
	values: QueryOptionValues,
	env: NodeJS.ProcessEnv,
	defaults: {range: string; granularity: Granularity} = {range: 'last-month', granularity: 'MONTHLY'},
): QueryRequest {
	const today = resolveToday(values.today, env);
	if (values.range !== undefined && (values.from !== undefined || values.to !== undefined)) {
		throw badInput('Use either --range or --from/--to, not both.');
	}
	if ((values.from === undefined) !== (values.to === undefined)) {
		throw badInput('--from and --to go together: give both (inclusive dates), or use --range.');
	}
	const period =
		values.from !== undefined && values.to !== undefined
			? periodFromInclusive(values.from, values.to)
			: resolveRange(values.range ?? defaults.range, today);
	const format = values.format ?? 'table';
	if (!isOutputFormat(format)) throw badInput(`Unknown format ${quoteInput(format)}: use ${OUTPUT_FORMATS.join(', ')}.`);
	if (values['no-cache'] && values.refresh) throw badInput('Use either --no-cache or --refresh, not both.');
	if (values['no-cache'] && values['allow-stale']) throw badInput('--allow-stale answers from the cache: drop --no-cache.');
	const flaggedScopes = scopeRequestFromFlags(values);
	if (values.account !== undefined && !/^\d{12}$/.test(values.account)) {
		throw badInput(`--account ${quoteInput(values.account)} is not a 12-digit AWS account id.`);
	}
	const filters = (values.filter ?? []).map(parseFilter);
	if (values['exclude-credits']) filters.push(excludeCreditsFilter);
	return {
		today,
		period,
		granularity: values.granularity === undefined ? defaults.granularity : parseGranularity(values.granularity),
		metric: values.metric === undefined ? 'UnblendedCost' : parseMetric(values.metric),
		groupBy: (values['group-by'] ?? []).map(parseGroupBy),
		filter: combineFilters(filters),
		account: values.account,
		scopes: exportScope(values) ?? flaggedScopes,
		format,
		cacheMode: values['no-cache'] ? 'off' : values.refresh ? 'refresh' : 'use',
		timeoutMs: resolveTimeoutMs(values.timeout, env),
		allowStale: values['allow-stale'] === true,
	};
}

/** The flags that name where data comes from; the app's `--profile` is one name, the commands' a list. */
export type SourceFlags = Pick<QueryOptionValues, 'source' | 'athena-workgroup' | 'athena-output' | 'demo' | 'all-profiles'> & {readonly profile?: unknown};

/** `--source`: demo and aws name the built-in sources; parquet:GLOB and athena:DB.TABLE an export. */
export function exportScope(values: SourceFlags): ScopeRequest | undefined {
	const athena = {
		...(values['athena-workgroup'] === undefined ? {} : {workgroup: values['athena-workgroup']}),
		...(values['athena-output'] === undefined ? {} : {outputLocation: values['athena-output']}),
	};
	if (values.source === undefined) {
		if (athena.workgroup !== undefined || athena.outputLocation !== undefined) throw badInput('--athena-workgroup and --athena-output go with --source athena:DATABASE.TABLE.');
		return undefined;
	}
	if (values.source === 'demo' || values.source === 'aws') {
		if (values.demo && values.source === 'aws') throw badInput('--demo and --source aws contradict each other: drop one.');
		return values.source === 'demo' ? {kind: 'demo'} : undefined;
	}
	if (values.demo || values.profile !== undefined || values['all-profiles']) {
		throw badInput(`--source ${values.source.split(':')[0]}: reads an export: drop --demo/--profile/--all-profiles.`);
	}
	const plugin = pluginSourceRequest(values.source);
	if (plugin !== undefined) {
		if (athena.workgroup !== undefined || athena.outputLocation !== undefined) throw badInput('--athena-workgroup and --athena-output go with --source athena:DATABASE.TABLE.');
		return plugin;
	}
	const location = parseExportLocation(values.source, athena);
	return {kind: 'export', location, label: exportLocationLabel(location)};
}

/** `--source NAME[:ARGUMENT]` when a plugin registered a source NAME (see source/plugins). */
function pluginSourceRequest(text: string): ScopeRequest | undefined {
	const colon = text.indexOf(':');
	const name = colon < 0 ? text : text.slice(0, colon);
	if (BUILTIN_SOURCE_NAMES.includes(name) || !registeredSources().includes(name)) return undefined;
	const argument = colon < 0 ? undefined : text.slice(colon + 1);
	return {kind: 'source', source: name, ...(argument === undefined || argument === '' ? {} : {argument}), label: text};
}

/** `--range`'s period; its mistakes name the flag. */
function resolveRange(text: string, today: IsoDate): Period {
	try {
		return resolvePreset(text, today);
	} catch (error) {
		if (isCostError(error) && error.kind === 'bad-input') throw badInput(`--range: ${error.message}`);
		throw error;
	}
}
