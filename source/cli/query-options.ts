import type {ParseArgsConfig} from 'node:util';
import type {SourceFlags} from '../application/query-request.js';
import {defaultConfigDir} from '../config-file.js';
import {type Settings, SettingsStore} from '../settings.js';

/** The flags `query`, `forecast`, `anomalies` and `savings` share. */
export const QUERY_OPTIONS = {
	range: {type: 'string'},
	from: {type: 'string'},
	to: {type: 'string'},
	granularity: {type: 'string', short: 'g'},
	metric: {type: 'string', short: 'm'},
	'group-by': {type: 'string', multiple: true},
	filter: {type: 'string', multiple: true},
	'exclude-credits': {type: 'boolean'},
	profile: {type: 'string', multiple: true},
	'all-profiles': {type: 'boolean'},
	account: {type: 'string'},
	demo: {type: 'boolean'},
	source: {type: 'string'},
	'athena-workgroup': {type: 'string'},
	'athena-output': {type: 'string'},
	format: {type: 'string', short: 'f'},
	'no-cache': {type: 'boolean'},
	refresh: {type: 'boolean'},
	today: {type: 'string'},
	timeout: {type: 'string'},
	'allow-stale': {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
} as const satisfies ParseArgsConfig['options'];

export {buildQueryRequest, type QueryOptionValues, type QueryRequest} from '../application/query-request.js';

/**
 * The settings file's `defaultSource` (with its Athena options) stands in for
 * `--source` when the command names no source, demo or profile. The CLI's
 * concern: the server serves the scopes it was started with.
 */
export function withDefaultSource<Values extends SourceFlags>(values: Values, env: NodeJS.ProcessEnv, settings?: Settings): Values {
	if (values.source !== undefined || values.demo || values.profile !== undefined || values['all-profiles']) return values;
	const {defaultSource, athenaWorkgroup, athenaOutput} = settings ?? new SettingsStore({cwd: defaultConfigDir(env)}).load().settings;
	if (defaultSource === undefined) return values;
	return {
		...values,
		source: defaultSource,
		...(athenaWorkgroup === undefined || values['athena-workgroup'] !== undefined ? {} : {'athena-workgroup': athenaWorkgroup}),
		...(athenaOutput === undefined || values['athena-output'] !== undefined ? {} : {'athena-output': athenaOutput}),
	};
}
