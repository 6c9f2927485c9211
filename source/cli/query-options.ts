import type {ParseArgsConfig} from 'node:util';

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
	format: {type: 'string', short: 'f'},
	'no-cache': {type: 'boolean'},
	refresh: {type: 'boolean'},
	today: {type: 'string'},
	timeout: {type: 'string'},
	'allow-stale': {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
} as const satisfies ParseArgsConfig['options'];

export {buildQueryRequest, type QueryOptionValues, type QueryRequest} from '../application/query-request.js';
