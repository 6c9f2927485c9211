import type {FastifyInstance} from 'fastify';
import type {HistoryStore} from '../../history/history-store.js';
import {parseHistoryLimit, parseSince} from '../../history/history-request.js';
import {CostError} from '../../errors.js';
import {queryStringSchema} from '../query-parameters.js';
import type {ServerContext} from '../server-context.js';

const HISTORY_QUERY = queryStringSchema({
	limit: {type: 'string', maxLength: 8, description: 'Newest first, at most this many (1 to 10000, default 50).', examples: ['20']},
	since: {type: 'string', maxLength: 40, description: 'A day (2026-11-01), days back (7d) or an ISO 8601 instant.', examples: ['7d']},
});
const STATS_QUERY = queryStringSchema({since: HISTORY_QUERY.properties.since});

/** The history store, or a 503 that says why there is none. */
export async function historyStoreOf(context: ServerContext): Promise<HistoryStore> {
	if (context.history === undefined) throw new CostError('unavailable', 'This server keeps no history.');
	return context.history.store();
}

/** `GET /api/v1/history` and `/api/v1/history/stats`: `aws-cost history` and `history stats` as JSON. */
export function registerHistoryRoutes(app: FastifyInstance, context: ServerContext): void {
	app.get<{Querystring: {limit?: string; since?: string}}>(
		'/api/v1/history',
		{
			schema: {
				summary: 'Recorded queries, newest first',
				description: 'As `aws-cost history --format json`: when, front end and command, who (identity, API token name), the canonical query, rows, total, billable requests, cache hit and tier, latency, outcome.',
				tags: ['history'],
				querystring: HISTORY_QUERY,
			},
		},
		async request => {
			const filter = {limit: parseHistoryLimit(request.query.limit), ...optionalSince(request.query.since)};
			return {queries: await (await historyStoreOf(context)).listQueries(filter)};
		},
	);
	app.get<{Querystring: {since?: string}}>(
		'/api/v1/history/stats',
		{
			schema: {
				summary: 'Billable requests and dollars by day, identity and command; cache hit rate by tier; most repeated queries',
				description: 'As `aws-cost history stats --format json`.',
				tags: ['history'],
				querystring: STATS_QUERY,
			},
		},
		async request => (await historyStoreOf(context)).stats(parseSince(request.query.since, new Date())),
	);
}

function optionalSince(text: string | undefined): {since?: string} {
	const since = parseSince(text, new Date());
	return since === undefined ? {} : {since};
}
