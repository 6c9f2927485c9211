import {z} from 'zod';
import {CostError} from '../errors.js';
import type {SourceDefinition} from '../sources/registry.js';
import type {CostSource} from '../sources/source.js';
import type {PluginSource} from './api.js';
import {guarded, pluginFailure} from './guard.js';
import {pluginMoney} from './money.js';
import {firstIssue} from './schema.js';

const method = z.custom<(...args: never[]) => unknown>(value => typeof value === 'function', {message: 'must be a function'});
const optionalMethod = method.optional();

/** The CostSource a plugin's `create` must resolve to (capabilities are what the engine checks queries against). */
const costSourceShape = z.object({
	kind: z.string().min(1),
	capabilities: z.object({
		label: z.string().min(1),
		native: z.object({forecast: z.boolean(), anomalies: z.boolean(), savings: z.boolean()}),
		limits: z.object({
			keeper: z.string().min(1),
			historyMonths: z.number().int().positive(),
			hourlyDays: z.number().int().nonnegative(),
			maxGroupBy: z.number().int().min(0).max(2),
			metrics: z.array(z.string()).min(1),
		}),
	}),
	identity: method,
	costAndUsage: method,
	dimensionValues: method,
	forecast: method,
	anomalies: method,
	accounts: method,
	groupKeys: optionalMethod,
	savings: optionalMethod,
});

/** A source whose every answer goes through the guard: whatever the plugin throws names the plugin. */
function guardedSource(plugin: string, source: CostSource): CostSource {
	const doing = (what: string) => `in source "${source.kind}" (${what})`;
	const groupKeys = source.groupKeys;
	const savings = source.savings;
	return {
		kind: source.kind,
		capabilities: source.capabilities,
		identity: signal => guarded(plugin, doing('identity'), () => source.identity(signal)),
		costAndUsage: (query, signal) => ({
			async *[Symbol.asyncIterator]() {
				try {
					yield* source.costAndUsage(query, signal);
				} catch (error) {
					throw pluginFailure(plugin, doing('costs'), error);
				}
			},
		}),
		dimensionValues: (request, signal) => guarded(plugin, doing('dimension values'), () => source.dimensionValues(request, signal)),
		forecast: (request, signal) => guarded(plugin, doing('forecast'), () => source.forecast(request, signal)),
		anomalies: (period, signal) => guarded(plugin, doing('anomalies'), () => source.anomalies(period, signal)),
		accounts: signal => guarded(plugin, doing('accounts'), () => source.accounts(signal)),
		...(groupKeys === undefined ? {} : {groupKeys: (period, signal) => guarded(plugin, doing('group keys'), () => groupKeys.call(source, period, signal))}),
		...(savings === undefined ? {} : {savings: signal => guarded(plugin, doing('savings'), () => savings.call(source, signal))}),
	};
}

/** A plugin's source as the registry holds it: made with exact money at hand, checked, and guarded. */
export function pluginSourceDefinition(plugin: string, source: PluginSource): SourceDefinition {
	return {
		name: source.name,
		description: `${source.description} (plugin ${plugin})`,
		async create(scope, context) {
			const made: unknown = await guarded(plugin, `opening source "${source.name}"`, () => source.create(scope, {...context, money: pluginMoney}));
			const checked = costSourceShape.safeParse(made);
			if (!checked.success) {
				throw new CostError('plugin-failure', `Plugin "${plugin}" failed opening source "${source.name}": what it made is not a cost source (${firstIssue(checked.error)}).`);
			}
			return guardedSource(plugin, made as CostSource);
		},
	};
}
