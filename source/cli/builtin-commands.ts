import {registerCommand} from './commands.js';

let registered = false;

/** Registers the commands aws-cost ships with; safe to call again. Each loads its module only when run. */
export function registerBuiltinCommands(): void {
	if (registered) return;
	registered = true;
	registerCommand({
		name: 'query',
		usage: '[options]          costs as table, json, csv or markdown',
		run: async (argv, io) => (await import('./query-command.js')).runQuery(argv, io),
	});
	registerCommand({
		name: 'forecast',
		usage: '[options]       where the month will end, with 80% / 95% intervals',
		run: async (argv, io) => (await import('./forecast-command.js')).runForecast(argv, io),
	});
	registerCommand({
		name: 'anomalies',
		usage: '[options]      unusual days per service and account, and what drove them',
		run: async (argv, io) => (await import('./anomalies-command.js')).runAnomalies(argv, io),
	});
	registerCommand({
		name: 'savings',
		usage: '[options]        rightsizing, Savings Plans and reservations, largest first',
		run: async (argv, io) => (await import('./savings-command.js')).runSavings(argv, io),
	});
	registerCommand({
		name: 'budgets',
		usage: '[add|remove]     this month against your budgets',
		run: async (argv, io) => (await import('./budgets-command.js')).runBudgets(argv, io),
	});
	registerCommand({
		name: 'now',
		usage: '[options]            how we are doing: today, the month, its projection, movers, budget',
		run: async (argv, io) => (await import('./now-command.js')).runNow(argv, io),
	});
	registerCommand({
		name: 'check',
		usage: '--max-increase 10% …  a CI gate: exit 3 when cost passes a limit',
		run: async (argv, io) => (await import('./check-command.js')).runCheck(argv, io),
	});
	registerCommand({
		name: 'ask',
		usage: '"QUESTION"           ask in plain language (Ollama, remote model, or offline)',
		run: async (argv, io) => (await import('./ask-command.js')).runAsk(argv, io),
	});
	registerCommand({
		name: 'cache',
		usage: 'stats|clear        what the local cache holds and saved',
		run: async (argv, io) => (await import('./cache-command.js')).runCache(argv, io),
	});
	registerCommand({
		name: 'history',
		usage: '[stats|clear]    the queries answered: who, what, what they cost; saved by cache',
		run: async (argv, io) => (await import('./history-command.js')).runHistory(argv, io),
	});
	registerCommand({
		name: 'views',
		usage: 'save|list|show|delete  saved views by name (open with query --view NAME)',
		run: async (argv, io) => (await import('./views-command.js')).runViews(argv, io),
	});
	registerCommand({
		name: 'serve',
		usage: '[options]          the same answers as an HTTP API (REST, OpenAPI, health, MCP)',
		run: async (argv, io) => (await import('./serve-command.js')).runServe(argv, io),
	});
	registerCommand({
		name: 'mcp',
		usage: '[--demo]             the chat\'s cost tools for AI agents (Model Context Protocol, stdio)',
		run: async (argv, io) => (await import('./mcp-command.js')).runMcp(argv, io),
	});
	registerCommand({
		name: 'sources',
		usage: '                 where cost data can come from, and the default',
		run: async (argv, io) => (await import('./sources-command.js')).runSources(argv, io),
	});
	registerCommand({
		name: 'plugins',
		usage: 'list              what the settings\' plugins provide, and why any was skipped',
		run: async (argv, io) => (await import('./plugins-command.js')).runPlugins(argv, io),
	});
	registerCommand({
		name: 'demo',
		usage: 'export [options]    the demo organization as CUR 2.0 / FOCUS Parquet',
		run: async (argv, io) => (await import('./demo-command.js')).runDemo(argv, io),
	});
	registerCommand({
		name: 'init',
		usage: '[--template T]       write a commented settings file to start from',
		run: async (argv, io) => (await import('./init-command.js')).runInit(argv, io),
	});
	registerCommand({
		name: 'config',
		usage: 'validate [--file F] check the settings file, every problem with its path',
		run: async (argv, io) => (await import('./config-command.js')).runConfig(argv, io),
	});
	registerCommand({
		name: 'report',
		usage: '[options]         a cost report to Slack, a webhook, email or a file',
		run: async (argv, io) => (await import('./report-command.js')).runReport(argv, io),
	});
	registerCommand({
		name: 'watch',
		usage: '[options]          scheduled reports and budget/anomaly alerts, each sent once',
		run: async (argv, io) => (await import('./watch-command.js')).runWatch(argv, io),
	});
}
