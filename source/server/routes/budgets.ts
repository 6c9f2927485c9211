import type {FastifyInstance} from 'fastify';
import {addBudget, budgetStoreFor, describeBudget} from '../../application/budget-changes.js';
import {notFound} from '../problem.js';
import {strictBodyTypes} from '../strict-body.js';
import type {ServerContext} from '../server-context.js';

/**
 * A budget name in a path: letters, digits, spaces and a little punctuation,
 * never a slash, a dot first or a control character. Names are keys in the
 * settings file, never paths; the pattern keeps URLs plain all the same.
 */
const NAME = {type: 'string', minLength: 1, maxLength: 64, pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N} _.,()&+\\-]*$', description: 'The budget\'s name (any case when removing).', examples: ['Storage']} as const;

const BUDGET_BODY = {
	type: 'object',
	required: ['amount'],
	additionalProperties: false,
	properties: {
		amount: {anyOf: [{type: 'string', maxLength: 64}, {type: 'number'}], description: 'Dollars a month, e.g. 500 or "$1,200.50".', examples: [500]},
		service: {type: 'string', maxLength: 256, description: 'Only this service, e.g. "Amazon Simple Storage Service".'},
		account: {type: 'string', pattern: '^\\d{12}$', description: 'Only this linked account (12 digits).'},
		tag: {type: 'string', maxLength: 512, description: 'Only costs with this tag, key=value, e.g. team=web.'},
	},
} as const;

const BUDGET_JSON = {
	type: 'object',
	properties: {
		name: {type: 'string'},
		monthlyAmount: {type: 'number'},
		scope: {
			type: 'object',
			properties: {account: {type: 'string'}, service: {type: 'string'}, tag: {type: 'object', properties: {key: {type: 'string'}, value: {type: 'string'}}}},
		},
	},
} as const;

interface BudgetBody {
	readonly amount: string | number;
	readonly service?: string;
	readonly account?: string;
	readonly tag?: string;
}

/** `POST`/`DELETE /api/v1/budgets/{name}`: `aws-cost budgets add` and `remove`, on the same settings file. */
export function registerBudgetRoutes(app: FastifyInstance, context: ServerContext): void {
	app.post<{Params: {name: string}; Body: BudgetBody}>(
		'/api/v1/budgets/:name',
		{
			schema: {
				summary: 'Add a monthly budget',
				description: 'As `aws-cost budgets add --name NAME --amount … [--service] [--account] [--tag key=value]`; a name already taken is refused (400).',
				tags: ['budgets'],
				params: {type: 'object', properties: {name: NAME}, required: ['name'], additionalProperties: false},
				body: BUDGET_BODY,
				response: {201: {type: 'object', properties: {budget: BUDGET_JSON, message: {type: 'string'}}}},
			},
			preValidation: strictBodyTypes(BUDGET_BODY),
		},
		async (request, reply) => {
			const budget = await addBudget(budgetStoreFor(context.env), {name: request.params.name, ...request.body});
			return reply.code(201).send({budget, message: `Added budget "${budget.name}": ${describeBudget(budget)}.`});
		},
	);
	app.delete<{Params: {name: string}}>(
		'/api/v1/budgets/:name',
		{
			schema: {
				summary: 'Remove a budget',
				description: 'As `aws-cost budgets remove NAME`; 404 when no budget has that name.',
				tags: ['budgets'],
				params: {type: 'object', properties: {name: NAME}, required: ['name'], additionalProperties: false},
				response: {200: {type: 'object', properties: {removed: {type: 'string'}, budgets: {type: 'array', items: BUDGET_JSON}}}},
			},
		},
		async request => {
			const left = await budgetStoreFor(context.env).removeIfPresent(request.params.name);
			if (left === undefined) throw notFound(`No budget named "${request.params.name}".`);
			return {removed: request.params.name, budgets: left};
		},
	);
}
