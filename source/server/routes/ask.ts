import {PassThrough} from 'node:stream';
import {finished} from 'node:stream/promises';
import type {FastifyContextConfig, FastifyInstance, FastifyReply} from 'fastify';
import type {AnswerSource} from '../../assistant/assistant-events.js';
import {oneLineMessage} from '../../errors.js';
import {AskAnswerBuilder, serverSentEvent} from '../ask-events.js';
import {httpError} from '../http-error.js';
import {ServerChat, type ChatTurn} from '../server-chat.js';
import type {ServerContext} from '../server-context.js';

interface AskBody {
	readonly question: string;
	readonly conversationId?: string;
	readonly provider?: AnswerSource;
}

export const MAX_QUESTION_LENGTH = 2000;

const ASK_BODY = {
	type: 'object',
	required: ['question'],
	additionalProperties: false,
	properties: {
		question: {type: 'string', minLength: 1, maxLength: MAX_QUESTION_LENGTH, description: 'The question, in plain language.'},
		conversationId: {
			type: 'string',
			pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
			description: 'A follow-up in this conversation (from an earlier answer); a new conversation without it.',
		},
		provider: {type: 'string', enum: ['ollama', 'openai', 'offline'], description: '"offline" answers with the built-in parser; else the server\'s provider.'},
	},
} as const;

const ASK_ANSWER = {
	type: 'object',
	required: ['conversationId', 'answer', 'queries', 'provider', 'outcome', 'notices'],
	properties: {
		conversationId: {type: 'string'},
		answer: {type: 'string'},
		queries: {type: 'array', items: {type: 'object', additionalProperties: true, description: 'A canonical CostQuery.'}},
		provider: {type: 'string', enum: ['ollama', 'openai', 'offline']},
		model: {type: 'string'},
		outcome: {type: 'string', enum: ['complete', 'cut-off', 'tool-loop', 'offline', 'not-understood']},
		notices: {type: 'array', items: {type: 'string'}},
	},
} as const;

const wantsEventStream = (accept: string | undefined): boolean => accept !== undefined && /\btext\/event-stream\b/i.test(accept);

/**
 * The turn's events as Server-Sent Events, with a comment line every
 * `keepAliveMs` so a proxy does not close a connection waiting on the model.
 * A failure mid-stream is an `error` event; a client gone away ends it quietly.
 */
async function streamTurn(reply: FastifyReply, turn: ChatTurn, signal: AbortSignal, keepAliveMs: number): Promise<FastifyReply> {
	const body = new PassThrough();
	// Once the client is gone the stream is destroyed: later writes are dropped, not thrown.
	body.on('error', () => undefined);
	const send = (text: string): void => {
		if (!body.destroyed && !body.writableEnded) body.write(text);
	};
	// X-Accel-Buffering: a reverse proxy (nginx) passes each event on as it comes.
	void reply.code(200).headers({'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no'}).send(body);
	const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveMs);
	const answer = new AskAnswerBuilder(turn.conversationId);
	try {
		for await (const event of turn.events) {
			const sent = answer.add(event);
			if (sent !== undefined) send(serverSentEvent(sent));
		}
	} catch (error) {
		if (!signal.aborted) send(serverSentEvent({event: 'error', data: {status: 500, detail: oneLineMessage(error)}}));
	} finally {
		clearInterval(keepAlive);
		body.end();
	}
	// The day's session stays open until the response has ended, however it ends (a client gone leaves the body unread).
	await finished(reply.raw).catch(() => undefined);
	body.destroy();
	return reply;
}

async function answerTurn(turn: ChatTurn): Promise<unknown> {
	const answer = new AskAnswerBuilder(turn.conversationId);
	for await (const event of turn.events) answer.add(event);
	const result = answer.result();
	if ('failure' in result) throw httpError(502, result.failure);
	return result.answer;
}

/**
 * `POST /api/v1/ask`: the chat's answer and the queries it ran, as JSON, or
 * as Server-Sent Events with `Accept: text/event-stream`. Same Assistant as
 * `aws-cost ask` and the app's chat, on the server's first scope; a client
 * that goes away cancels the model request and the queries.
 */
export function registerAskRoutes(app: FastifyInstance, context: ServerContext): void {
	const chat = context.chat ?? new ServerChat({provider: undefined});
	app.post<{Body: AskBody}>(
		'/api/v1/ask',
		{
			// The token scope this route needs (read by the auth hook); typed where that hook declares it.
			config: {scope: 'ask'} as FastifyContextConfig,
			schema: {
				summary: 'Ask a question about costs',
				description:
					'The answer of `aws-cost ask --json`, with the conversation to follow up in. With `Accept: text/event-stream`, Server-Sent Events: ' +
					'answering, text, tool-call, query, tool-result, notice, then done (the JSON answer) or error.',
				tags: ['ask'],
				body: ASK_BODY,
				response: {200: ASK_ANSWER},
			},
		},
		async (request, reply) => {
			const controller = new AbortController();
			// The client went away before the whole answer was written: stop the model and the queries.
			reply.raw.on('close', () => {
				if (!reply.raw.writableFinished) controller.abort();
			});
			const [labelled] = context.scopes;
			if (labelled === undefined) throw httpError(503, 'The server has no scope to answer about.');
			return context.sessions.use(async session => {
				const engine = await session.engineFor(labelled.scope);
				const turn = chat.ask({...request.body, signal: controller.signal}, engine, labelled.scope);
				try {
				return wantsEventStream(request.headers.accept) ? await streamTurn(reply, turn, controller.signal, chat.keepAliveMs) : await answerTurn(turn);
				} finally {
					turn.release();
				}
			});
		},
	);
}
