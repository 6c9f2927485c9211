import type {CostErrorKind} from '../errors.js';

/** The HTTP status of each failure kind: the server's counterpart of the CLI's exit codes. */
export const STATUS_OF_KIND: Readonly<Record<CostErrorKind, number>> = {
	'bad-input': 400,
	'data-unavailable': 400,
	'no-demo-consent': 503,
	'no-credentials': 502,
	'sso-expired': 502,
	'access-denied': 502,
	'aws-failure': 502,
	'provider-unavailable': 502,
	'plugin-failure': 502,
	throttled: 503,
	unavailable: 503,
	'timed-out': 504,
};

const TITLES: Readonly<Record<number, string>> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	406: 'Not Acceptable',
	408: 'Request Timeout',
	409: 'Conflict',
	413: 'Content Too Large',
	415: 'Unsupported Media Type',
	429: 'Too Many Requests',
	431: 'Request Header Fields Too Large',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** An RFC 9457 problem document. `kind` names the failure for scripts. */
export interface Problem {
	readonly type: string;
	readonly title: string;
	readonly status: number;
	readonly detail: string;
	readonly kind?: string;
	readonly instance?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problem(status: number, detail: string, extra: {readonly kind?: string; readonly instance?: string} = {}): Problem {
	return {type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra};
}

/** A failure that is no CostError but has its own status (a budget that does not exist: 404). */
export function notFound(detail: string): Error & {readonly statusCode: number} {
	return Object.assign(new Error(detail), {statusCode: 404});
}
