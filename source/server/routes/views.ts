import type {FastifyInstance} from 'fastify';
import {checkViewName, viewOptionsFrom} from '../../history/saved-views.js';
import {notFound} from '../problem.js';
import type {ServerContext} from '../server-context.js';
import {historyStoreOf} from './history.js';

const NAME_PARAMS = {
	type: 'object',
	properties: {name: {type: 'string', minLength: 1, maxLength: 64, description: 'The view\'s name.', examples: ['weekly by service']}},
	required: ['name'],
	additionalProperties: false,
} as const;

const VIEW_BODY = {
	type: 'object',
	required: ['options'],
	additionalProperties: false,
	properties: {
		options: {
			type: 'object',
			description: 'The query options by their CLI names, e.g. {"range": "last-month", "group-by": ["SERVICE"]}.',
			additionalProperties: {anyOf: [{type: 'array', maxItems: 16, items: {type: 'string', maxLength: 512}}, {type: 'boolean'}, {type: 'string', maxLength: 512}]},
		},
	},
} as const;

/** `/api/v1/views`: saved views, shared by everyone on this server's store (read to list and get, admin to save and delete). */
export function registerViewRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get('/api/v1/views', {schema: {summary: 'Saved views', description: 'As `aws-cost views list --format json`.', tags: ['views']}}, async () => ({
		views: await (await historyStoreOf(context)).views(),
	}));
	app.get<{Params: {name: string}}>(
		'/api/v1/views/:name',
		{schema: {summary: 'One saved view', description: 'As `aws-cost views show NAME --format json`; 404 when there is none.', tags: ['views'], params: NAME_PARAMS}},
		async request => {
			const view = await (await historyStoreOf(context)).view(request.params.name);
			if (view === undefined) throw notFound(`No saved view named "${request.params.name}".`);
			return view;
		},
	);
	app.put<{Params: {name: string}; Body: {options: Record<string, unknown>}}>(
		'/api/v1/views/:name',
		{
			schema: {
				summary: 'Save a view (replacing one of that name)',
				description: 'As `aws-cost views save NAME [query flags]`; options a query would refuse are refused (400).',
				tags: ['views'],
				params: NAME_PARAMS,
				body: VIEW_BODY,
			},
		},
		async request => {
			const name = checkViewName(request.params.name);
			const view = {name, options: viewOptionsFrom(request.body.options, context.env), savedAt: new Date().toISOString()};
			await (await historyStoreOf(context)).saveView(view);
			return view;
		},
	);
	app.delete<{Params: {name: string}}>(
		'/api/v1/views/:name',
		{schema: {summary: 'Delete a saved view', description: 'As `aws-cost views delete NAME`; 404 when there is none.', tags: ['views'], params: NAME_PARAMS}},
		async request => {
			if (!(await (await historyStoreOf(context)).deleteView(request.params.name))) throw notFound(`No saved view named "${request.params.name}".`);
			return {deleted: request.params.name};
		},
	);
}
