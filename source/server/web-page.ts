import {readFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import fastifyStatic from '@fastify/static';
import type {FastifyInstance} from 'fastify';

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>aws-cost</title>
<p>The web dashboard is not built: run <code>npm run build</code> (or set AWS_COST_WEB_DIR to a built dashboard). The API answers at <a href="/api/v1/docs">/api/v1</a>.</p></html>
`;

/**
 * The dashboard at `/`: index.html is never cached (it names the current
 * assets), the hashed files under /assets/ are cached for a year. Without a
 * built page, `/` says how to build it and the API is unaffected.
 */
export async function registerWebPage(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
	const index = webRoot === undefined ? undefined : await readFile(join(webRoot, 'index.html'), 'utf8').catch(() => undefined);
	app.get('/', {schema: {hide: true}}, async (_request, reply) => {
		reply.header('cache-control', 'no-cache');
		if (index === undefined) return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
		return reply.type('text/html; charset=utf-8').send(index);
	});
	if (index === undefined || webRoot === undefined) return;
	await app.register(fastifyStatic, {
		root: resolve(webRoot, 'assets'),
		prefix: '/assets/',
		index: false,
		cacheControl: true,
		maxAge: '365d',
		immutable: true,
		decorateReply: false,
	});
}
