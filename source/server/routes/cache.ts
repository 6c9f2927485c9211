import type {FastifyInstance} from 'fastify';
import {cacheReport} from '../../application/cache-report.js';
import {defaultCachePath} from '../../paths.js';
import {NO_PARAMETERS} from '../report-parameters.js';
import type {ServerContext} from '../server-context.js';

/** `GET /api/v1/cache`: the JSON of `aws-cost cache stats --format json`. */
export function registerCacheRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get(
		'/api/v1/cache',
		{
			schema: {
				summary: 'What the cache holds and saved',
				description: 'The same JSON as `aws-cost cache stats --format json`: entries, bytes, hits, misses, requestsSaved, path, and `tiers` (l1 memory, l2 file, l3 shared Redis: entries, bytes, hits, misses, hitLatencyMs, available); `{path, inUse: false, problem}` when the file cannot be used.',
				tags: ['operations'],
				querystring: NO_PARAMETERS,
			},
		},
		async () =>
			context.sessions.use(async session => {
				// The session's open cache has this process's counters written; a server without one reads the file as the CLI does.
				const open = await session.cache();
				if (open !== undefined) return open.stats();
				return cacheReport(defaultCachePath(context.env), message => context.logger(`warning: ${message}`), context.env['AWS_COST_CACHE_URL']);
			}),
	);
}
