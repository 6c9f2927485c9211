import type {FastifyInstance} from 'fastify';
import {addDays, parseIsoDate} from '../../dates.js';
import {badInput} from '../../errors.js';
import {queryStringSchema} from '../query-parameters.js';
import type {ServerContext} from '../server-context.js';

const DAY = {type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$'} as const;

/**
 * `GET /api/v1/group-keys`: the tag keys and cost categories the bill has in
 * a period, the group-bys the app's `b` picker offers below the dimensions
 * (live, two billed requests, cached like the app's). First scope only.
 */
export function registerGroupKeyRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get<{Querystring: {from: string; to: string}}>(
		'/api/v1/group-keys',
		{
			schema: {
				summary: 'Tag keys and cost categories in a period',
				description: 'What a group-by can name besides the dimensions (`TAG:key`, `COST_CATEGORY:name`), for the first scope. `from` and `to` are inclusive days.',
				tags: ['costs'],
				querystring: {...queryStringSchema({from: {...DAY, description: 'First day, inclusive.'}, to: {...DAY, description: 'Last day, inclusive.'}}), required: ['from', 'to']},
			},
		},
		async request => {
			const start = parseIsoDate(request.query.from);
			const last = parseIsoDate(request.query.to);
			if (last < start) throw badInput(`to ${last} is before from ${start}.`);
			const scope = context.scopes[0]!.scope;
			return context.sessions.use(async session => {
				const engine = await session.engineFor(scope);
				const keys = await engine.groupKeys({start, end: addDays(last, 1)});
				return {tags: [...keys.tags], costCategories: [...keys.costCategories], billableRequests: keys.billableRequests};
			});
		},
	);
}
