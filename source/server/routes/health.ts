import type {FastifyInstance} from 'fastify';
import {oneLineMessage} from '../../errors.js';
import {PROBLEM_CONTENT_TYPE, problem} from '../problem.js';
import type {ServerContext} from '../server-context.js';

/**
 * `/health`: the process answers. `/ready`: the cache is open and every
 * scope's identity is known. A dependency the server answers without (the
 * shared Redis) is reported `degraded`, with 200: pulling every replica out
 * of a load balancer because the shared cache is down would stop answers that still work.
 */
export function registerHealthRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get('/health', {schema: {summary: 'Liveness', tags: ['operations']}}, async () => ({status: 'ok'}));
	app.get('/ready', {schema: {summary: 'Readiness: cache open, each scope\'s identity resolved; a degraded dependency (history store) is listed under degraded', tags: ['operations']}}, async (_request, reply) => {
		const checks = await context.sessions.use(async session => {
			const results: {check: string; ok: boolean; degraded?: true; detail?: string}[] = [];
			const tiers = await session.cache().catch(() => undefined);
			for (const dependency of tiers?.dependencies?.() ?? []) {
				results.push({check: `cache:${dependency.name}`, ok: dependency.ok, ...(dependency.ok ? {} : {degraded: true, detail: `${dependency.where}: ${dependency.problem ?? 'unavailable'}`})});
			}
			const cache = await session.cache().then(
				opened => ({ok: opened !== undefined || context.sessions.cacheMode === 'off', detail: opened === undefined && context.sessions.cacheMode !== 'off' ? 'The cache could not be opened.' : undefined}),
				(error: unknown) => ({ok: false, detail: oneLineMessage(error)}),
			);
			results.push({check: 'cache', ...cache, ...(cache.detail === undefined ? {} : {detail: cache.detail})});
			await Promise.all(
				context.scopes.map(async ({label, scope}) => {
					try {
						await (await session.engineFor(scope)).identity();
						results.push({check: `identity:${label}`, ok: true});
					} catch (error) {
						results.push({check: `identity:${label}`, ok: false, detail: oneLineMessage(error)});
					}
				}),
			);
			return results.map(result => (result.detail === undefined ? {check: result.check, ok: result.ok} : result));
		});
		const failed = checks.filter(check => !check.ok && !('degraded' in check));
		// A history store that is down degrades the server, not its answers: it stays ready and says so.
		const historyProblem = context.sessions.historyProblem();
		const degraded = historyProblem === undefined ? {} : {degraded: [{dependency: 'history', detail: historyProblem}]};
		if (failed.length === 0) return {status: checks.some(check => !check.ok) || historyProblem !== undefined ? 'degraded' : 'ready', checks, ...degraded};
		return reply
			.code(503)
			.type(PROBLEM_CONTENT_TYPE)
			.send({...problem(503, `Not ready: ${failed.map(check => `${check.check}: ${check.detail ?? 'failed'}`).join('; ')}`), checks});
	});
}
