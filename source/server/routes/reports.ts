import type {FastifyInstance} from 'fastify';
import {prepareAnomalies} from '../../application/reports/anomalies.js';
import {prepareBudgets} from '../../application/reports/budgets.js';
import {prepareForecast} from '../../application/reports/forecast.js';
import {prepareNow} from '../../application/reports/now.js';
import {withAnalyzers} from '../../plugins/findings-section.js';
import {prepareSavings} from '../../application/reports/savings.js';
import {budgetStoreFor} from '../../application/budget-changes.js';
import {collectScopedReports, type PreparedReport} from '../../application/scoped-reports.js';
import {reportsJson} from '../../insights/format/report-document.js';
import {
	ANOMALIES_QUERY,
	type AnomaliesParameters,
	anomaliesValues,
	BUDGETS_QUERY,
	FORECAST_QUERY,
	type ForecastParameters,
	forecastValues,
	NO_PARAMETERS,
	NOW_QUERY,
} from '../report-parameters.js';
import {type CostParameters, toQueryValues} from '../query-parameters.js';
import {answeredOrThrow} from '../scope-failures.js';
import {scopesFor, type ServerContext} from '../server-context.js';

interface ReportRoute<Parameters> {
	readonly path: string;
	readonly summary: string;
	readonly command: string;
	readonly querystring: object;
	/** The parameters judged as the CLI judges its flags, with the server's day. */
	readonly prepare: (parameters: Parameters, today: string) => PreparedReport;
}

function registerReport<Parameters>(app: FastifyInstance, context: ServerContext, route: ReportRoute<Parameters>): void {
	app.get<{Querystring: Parameters}>(
		route.path,
		{
			schema: {
				summary: route.summary,
				description: `The same JSON as \`${route.command} --format json\` with the same options: one scope's report, or \`{"scopes": [...]}\` for several.`,
				tags: ['reports'],
				querystring: route.querystring,
			},
		},
		async (request, reply) => {
			const {request: judged, report} = route.prepare(request.query as Parameters, context.sessions.today());
			return context.sessions.use(async session => {
				const outcomes = await collectScopedReports(scopesFor(context, judged.account), session, report);
				return reportsJson(answeredOrThrow(outcomes, reply).map(({report: scoped}) => scoped));
			});
		},
	);
}

/** The insight reports: now, forecast, anomalies, savings and budgets, each the JSON of its command. */
export function registerReportRoutes(app: FastifyInstance, context: ServerContext): void {
	registerReport<Pick<CostParameters, 'metric' | 'account'>>(app, context, {
		path: '/api/v1/now',
		summary: 'How we are doing: today, yesterday, the month and its projection, movers, anomalies, the most urgent budget',
		command: 'aws-cost now',
		querystring: NOW_QUERY,
		prepare: (parameters, today) => {
			const prepared = prepareNow(toQueryValues(parameters, today), budgetStoreFor(context.env).list(), context.env);
			// As the CLI: the analyzers of plugins the server loaded add their findings.
			return {...prepared, report: withAnalyzers(prepared.report)};
		},
	});
	registerReport<ForecastParameters>(app, context, {
		path: '/api/v1/forecast',
		summary: 'Where the month (or the next N days) will end',
		command: 'aws-cost forecast',
		querystring: FORECAST_QUERY,
		prepare: (parameters, today) => prepareForecast(forecastValues(parameters, today), context.env),
	});
	registerReport<AnomaliesParameters>(app, context, {
		path: '/api/v1/anomalies',
		summary: 'What was unusual, by how much, and why',
		command: 'aws-cost anomalies',
		querystring: ANOMALIES_QUERY,
		prepare: (parameters, today) => prepareAnomalies(anomaliesValues(parameters, today), context.env),
	});
	registerReport<Record<string, never>>(app, context, {
		path: '/api/v1/savings',
		summary: 'Savings recommendations, largest first',
		command: 'aws-cost savings',
		querystring: NO_PARAMETERS,
		prepare: (_parameters, today) => prepareSavings({today}, context.env),
	});
	registerReport<Pick<CostParameters, 'metric' | 'account'>>(app, context, {
		path: '/api/v1/budgets',
		summary: 'This month against each budget',
		command: 'aws-cost budgets',
		querystring: BUDGETS_QUERY,
		prepare: (parameters, today) => prepareBudgets(toQueryValues(parameters, today), budgetStoreFor(context.env).list(), context.env),
	});
}
