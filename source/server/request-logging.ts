import type {FastifyBaseLogger} from 'fastify';
import {type DestinationStream, pino} from 'pino';
import {redactSecrets} from '../log.js';
import {globalPlugin} from './global-plugin.js';
import type {LogLevel} from './ops-settings.js';


export interface ServerLogOptions {
	readonly level: LogLevel;
	/** Where the JSON lines go: stdout unless given (tests capture them here). */
	readonly stream?: DestinationStream;
}

const SECRET_PARAMETER = /token|secret|key|password|passwd|auth|signature|credential|session/i;

/** The URL as logged: the values of secret-looking query parameters replaced. */
export function redactUrl(url: string): string {
	const at = url.indexOf('?');
	if (at < 0) return redactSecrets(url);
	const parameters = new URLSearchParams(url.slice(at + 1));
	for (const name of new Set(parameters.keys())) if (SECRET_PARAMETER.test(name)) parameters.set(name, '[redacted]');
	return redactSecrets(`${url.slice(0, at)}?${parameters.toString()}`);
}

/** `?token=…`, `&X-Amz-Signature=…` and the like, wherever a URL turns up in a line. */
const SECRET_QUERY_VALUE = /([?&][^=&\s"?]*(?:token|secret|key|password|passwd|auth|signature|credential|session)[^=&\s"?]*=)[^&\s"#]+/gi;

/** Last line of defence: whatever a log line holds, no bearer secret or AWS credential leaves the process. */
export function redactLogLine(line: string): string {
	return redactSecrets(line.replace(/\b(Bearer)(\s+|%20|\+)[^\s"\\,;]+/gi, '$1$2[redacted]').replace(SECRET_QUERY_VALUE, '$1[redacted]'));
}


function redactingStream(target: DestinationStream): DestinationStream {
	return {write: (line: string) => target.write(redactLogLine(line))};
}

/**
 * Fastify's pino logger: one JSON object per line with `reqId`, headers that
 * carry credentials removed, secret query values and bearer tokens redacted.
 */
export function serverLogger(options: ServerLogOptions): FastifyBaseLogger {
	return pino(
		{
			level: options.level,
			base: {service: 'aws-cost'},
			timestamp: pino.stdTimeFunctions.isoTime,
			redact: {paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["proxy-authorization"]', 'res.headers["set-cookie"]'], censor: '[redacted]'},
			serializers: {
				req: request => ({method: request.method, url: redactUrl(String(request.url)), remoteAddress: request.ip}),
				res: reply => ({statusCode: reply.statusCode}),
				// The type, code and message say what failed; a stack trace says how the code is built, and stays out.
				err: (error: {name?: unknown; code?: unknown; message?: unknown; statusCode?: unknown}) => ({type: error.name, code: error.code, statusCode: error.statusCode, message: String(error.message)}),
			},
		},
		redactingStream(options.stream ?? pino.destination({dest: 1, sync: false})),
	);
}

/** Every response names its request (`X-Request-Id`), the id its log lines carry as `reqId`. */
export const requestIdPlugin = globalPlugin(async app => {
	app.addHook('onRequest', async (request, reply) => {
		reply.header('x-request-id', request.id);
	});
});
