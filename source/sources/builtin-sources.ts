import {registerSource} from './registry.js';

/** The sources aws-cost ships with; any other registered name is a plugin's. */
export const BUILTIN_SOURCE_NAMES: readonly string[] = ['aws', 'demo', 'export'];

let registered = false;

/** Registers the sources that ship with aws-cost (Cost Explorer as "aws", and "demo"); safe to call again. */
export function registerBuiltinSources(): void {
	if (registered) return;
	registered = true;
	registerSource({
		name: 'aws',
		description: 'AWS Cost Explorer, with the credentials of a profile or the default chain',
		async create(scope, context) {
			const costExplorer = await import('./cost-explorer/index.js');
			const rateLimiter = context.shared('cost-explorer/rate-limiter', () => costExplorer.createRateLimiter(costExplorer.DEFAULT_RATE_LIMIT));
			const maxAttempts = Number(context.env['AWS_MAX_ATTEMPTS']);
			return costExplorer.createCostExplorerSource({
				...(scope.profile === undefined ? {} : {profile: scope.profile}),
				...(context.timeoutMs === undefined ? {} : {timeoutMs: context.timeoutMs}),
				// AWS's own variable for tries per request, the first included.
				...(Number.isInteger(maxAttempts) && maxAttempts >= 1 ? {maxAttempts} : {}),
				rateLimiter,
				logger: context.logger,
				today: context.today,
				...(context.warn === undefined ? {} : {warn: context.warn}),
			});
		},
	});
	registerSource({
		name: 'demo',
		description: 'a synthetic organization, generated offline from a seed',
		async create(_scope, context) {
			const {createDemoSource} = await import('./demo/index.js');
			return createDemoSource({today: context.today});
		},
	});
	registerSource({
		name: 'export',
		description: 'billing exports: CUR 2.0 or FOCUS Parquet files (DuckDB), or an Athena table',
		async create(scope, context) {
			const {openExportSource} = await import('./open-export-source.js');
			return openExportSource(scope, {env: context.env, ...(context.timeoutMs === undefined ? {} : {timeoutMs: context.timeoutMs})});
		},
	});
}
