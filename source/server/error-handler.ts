import type {Duplex} from 'node:stream';
import type {FastifyError, FastifyInstance, FastifyReply} from 'fastify';
import {isCostError, oneLineMessage} from '../errors.js';
import {redactSecrets} from '../log.js';
import {problem, PROBLEM_CONTENT_TYPE, type Problem, STATUS_OF_KIND} from './problem.js';

function send(reply: FastifyReply, body: Problem): FastifyReply {
	return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/** A validation failure in one line: "querystring/granularity must be string". */
function validationMessage(error: FastifyError): string {
	const [first] = error.validation ?? [];
	if (first === undefined) return oneLineMessage(error);
	const where = error.validationContext ?? 'request';
	if (first.keyword === 'additionalProperties') {
		const name = String((first.params as {additionalProperty?: unknown}).additionalProperty ?? '');
		return `Unknown ${where === 'querystring' ? 'parameter' : 'field'} "${name}" (see /api/v1/openapi.json).`;
	}
	const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
	return `${where}${path === '' ? '' : `.${path}`} ${first.message ?? 'is not valid'}.`;
}

/**
 * Every failure is an RFC 9457 problem: a CostError's kind sets the status
 * (bad input 400, AWS failed 502, timed out 504, …) and its one-line message
 * is the detail; anything unexpected is a 500 that says nothing of its insides.
 */
export function installProblemHandlers(app: FastifyInstance): void {
	app.setErrorHandler((error: FastifyError, request, reply) => {
		if (isCostError(error)) {
			const status = STATUS_OF_KIND[error.kind];
			if (status >= 500) request.log.warn({kind: error.kind, detail: error.detail === undefined ? undefined : redactSecrets(error.detail)}, oneLineMessage(error));
			return send(reply, problem(status, oneLineMessage(error), {kind: error.kind}));
		}
		if (error.validation !== undefined) return send(reply, problem(400, validationMessage(error), {kind: 'bad-input'}));
		if (error.code === 'FST_ERR_HANDLER_TIMEOUT') return send(reply, problem(503, oneLineMessage(error), {kind: 'timed-out'}));
		const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
		if (status === 500) {
			request.log.error({err: error}, 'unexpected error');
			return send(reply, problem(500, 'Unexpected error: see the server log.'));
		}
		return send(reply, problem(status, oneLineMessage(error)));
	});
	app.setNotFoundHandler((request, reply) => send(reply, problem(404, `No route ${request.method} ${redactSecrets(request.url.split('?')[0] ?? '')}.`)));
}

/**
 * Requests Node's parser refuses before Fastify sees them (headers or a query
 * string beyond 16 KiB, malformed HTTP) are problems too, written on the socket.
 */
export function clientErrorProblem(error: NodeJS.ErrnoException, socket: Duplex): void {
	if (error.code === 'ECONNRESET' || socket.destroyed) return;
	const [status, detail] =
		error.code === 'HPE_HEADER_OVERFLOW'
			? [431, 'The request line and headers exceed 16 KiB: shorten the query string.']
			: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? [408, 'The request took too long to arrive.']
				: [400, 'The request is not valid HTTP.'];
	const body = JSON.stringify(problem(status, detail, {kind: 'bad-input'}));
	if (socket.writable) {
		socket.write(`HTTP/1.1 ${status} ${problem(status, detail).title}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${body}`);
	}
	socket.destroy();
}
