/**
 * aws-cost's core, for code built on it (the HTTP server, MCP, plugins):
 * the engine every question goes through, the session that owns engines,
 * the query and money types, the application layer, and the registries a
 * plugin adds one entry to. Nothing here imports React or the terminal app.
 */
export {CostEngine, type AskOptions, type EngineOptions, type QueryResult, type RunOptions, type RunStats, type StaleAnswer} from './engine.js';
export {Session, type SessionDay, type SessionOptions} from './session.js';
export {type CacheMode, type LabelledScope, type ScopeRequest, resolveScopes} from './application/scopes.js';
export {type Clock, msUntilNextDay, pinnedClock, resolveClock, resolveToday, systemClock} from './clock.js';
export {CostError, type CostErrorKind, badInput, isCostError, oneLineMessage} from './errors.js';
export {type IsoDate, type Period, comparisonPeriod, isIsoDate, parseIsoDate, previousPeriod} from './dates.js';
export {
	type CostQuery,
	type Expression,
	type FilterDimension,
	type Granularity,
	type GroupBy,
	type GroupDimension,
	type Metric,
	type Scope,
	FILTER_DIMENSIONS,
	GRANULARITIES,
	GROUP_DIMENSIONS,
	METRICS,
} from './query.js';
export type {CostPage, CostRow} from './rows.js';
export {
	type Amount,
	ZERO,
	addAmounts,
	amountToFixed,
	amountToNumber,
	amountToString,
	compareAmounts,
	formatAmount,
	parseAmount,
	subtractAmounts,
	sumAmounts,
} from './money.js';
export {validateQuery} from './validate.js';
export {type ComparedFigures, type PeriodWithPrevious, compareWithPrevious, runWithPrevious} from './application/period-with-previous.js';
export type {
	Account,
	CostSource,
	DimensionValue,
	DimensionValuesRequest,
	ForecastRequest,
	ForecastResult,
	GroupKeys,
	Identity,
	NativeAnswers,
	QueryLimits,
	SavingsAnswer,
	SourceAnomaly,
	SourceCapabilities,
} from './sources/source.js';
export {countBillable} from './sources/billing.js';
export {type SourceContext, type SourceDefinition, registerSource, registeredSources, sourceDefinition} from './sources/registry.js';
export {COST_EXPLORER_CAPABILITIES, COST_EXPLORER_LIMITS} from './sources/cost-explorer/limits.js';
export {type OutputFormat, type OutputFormatDefinition, OUTPUT_FORMATS, formatResults, registerOutputFormat} from './export/index.js';
export {type AssistantTool, type ToolAnswer, type ToolContext, ASSISTANT_TOOLS, registerTool, runToolCall, toolSpecs} from './assistant/tools/index.js';
export {type CommandDefinition, registerCommand, registeredCommands} from './cli/commands.js';
export {THEME_NAMES, type ThemeName} from './settings.js';
export {
	type AnalyzerContext,
	type ExporterContext,
	type Finding,
	type FindingSeverity,
	type NotifierMessage,
	type Plugin,
	type PluginAnalyzer,
	type PluginExporter,
	type PluginMoney,
	type PluginNotifier,
	type PluginSource,
	type PluginSourceContext,
	PLUGIN_API_VERSION,
} from './plugins/api.js';
export type {LabelledResult} from './export/result-set.js';
export {type PluginOutcome, type PluginProvides, loadPlugins} from './plugins/loader.js';
export {loadConfiguredPlugins} from './plugins/configured.js';
export {type AnalyzerOutcome, registeredAnalyzers, runAnalyzers} from './plugins/analyzers.js';
export {pluginNotifier, pluginNotifierSchemes} from './plugins/notifiers.js';
