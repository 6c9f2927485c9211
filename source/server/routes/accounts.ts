import type {FastifyInstance} from 'fastify';
import {accountsJson, listAccounts} from '../../application/accounts.js';
import {runEachScope} from '../../application/scope-outcomes.js';
import {NO_PARAMETERS} from '../report-parameters.js';
import {answeredOrThrow} from '../scope-failures.js';
import type {ServerContext} from '../server-context.js';

const ACCOUNT_LIST = {
	type: 'object',
	properties: {
		scope: {type: 'string'},
		accounts: {type: 'array', items: {type: 'object', properties: {id: {type: 'string'}, name: {type: 'string'}}}},
	},
} as const;

/** `GET /api/v1/accounts`: the accounts each scope can see, as the app's account switcher lists them. */
export function registerAccountRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get(
		'/api/v1/accounts',
		{
			schema: {
				summary: 'The accounts each scope can see',
				description: 'Its organization\'s accounts, else the linked accounts with cost; sorted by name. One scope\'s `{scope, accounts}`, or `{"scopes": [...]}` for several.',
				tags: ['accounts'],
				querystring: NO_PARAMETERS,
				response: {200: {type: 'object', properties: {...ACCOUNT_LIST.properties, scopes: {type: 'array', items: ACCOUNT_LIST}}}},
			},
		},
		async (_request, reply) =>
			context.sessions.use(async session => {
				const outcomes = await runEachScope(context.scopes, async ({label, scope}) => ({list: await listAccounts(await session.engineFor(scope), label)}));
				return accountsJson(answeredOrThrow(outcomes, reply).map(({list}) => list));
			}),
	);
}
