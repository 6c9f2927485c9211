import type {FastifyInstance} from 'fastify';
import {runCostQuery} from '../../application/cost-query.js';
import {buildQueryRequest} from '../../application/query-request.js';
import {runEachScope} from '../../application/scope-outcomes.js';
import {resultsJson} from '../../export/index.js';
import {answeredOrThrow} from '../scope-failures.js';
import {COST_PARAMETERS, type CostParameters, queryStringSchema, toQueryValues} from '../query-parameters.js';
import {scopesFor, type ServerContext} from '../server-context.js';

/** `GET /api/v1/costs`: the JSON of `aws-cost query --format json` for the same options. */
export function registerCostRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get<{Querystring: CostParameters}>(
		'/api/v1/costs',
		{
			schema: {
				summary: 'Costs for a period, grouped and filtered',
				description: 'The same JSON as `aws-cost query --format json` with the same options.',
				tags: ['costs'],
				querystring: queryStringSchema(COST_PARAMETERS),
			},
		},
		async (request, reply) => {
			const query = buildQueryRequest(toQueryValues(request.query, context.sessions.today()), context.env);
			return context.sessions.use(async session => {
				const scopes = scopesFor(context, query.account);
				const outcomes = await runEachScope(scopes, async ({scope}) => ({result: await runCostQuery(await session.engineFor(scope), query, scope)}));
				const answered = answeredOrThrow(outcomes, reply);
				return resultsJson(answered.map(({label, result}) => ({label, result})));
			});
		},
	);
}
