import type {FastifyInstance} from 'fastify';

/**
 * Once the server is closing, each response still in flight ends its
 * connection: a keep-alive client would otherwise hold `close()` open for the
 * whole keep-alive timeout (72 s) after its answer, and SIGTERM would wait for it.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
	let closing = false;
	app.addHook('preClose', async () => {
		closing = true;
	});
	app.addHook('onSend', async (_request, reply, payload) => {
		if (closing) reply.header('connection', 'close');
		return payload;
	});
}
