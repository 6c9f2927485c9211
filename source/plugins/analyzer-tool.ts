import {argumentRecord, optionalString, ToolArgumentError} from '../assistant/tools/arguments.js';
import {registerTool} from '../assistant/tools/index.js';
import type {AssistantTool} from '../assistant/tools/tool.js';
import type {ToolSpec} from '../assistant/provider.js';
import {type AnalyzerOutcome, registeredAnalyzers, runAnalyzers} from './analyzers.js';

export const ANALYZER_TOOL_NAME = 'plugin_findings';

/** The findings as the model reads them: one line each, severity first, money exact. */
export function findingsText(outcomes: readonly AnalyzerOutcome[]): string {
	const lines: string[] = [];
	for (const outcome of outcomes) {
		if (!outcome.ok) {
			lines.push(`${outcome.analyzer} (plugin ${outcome.plugin}) failed: ${outcome.error}`);
			continue;
		}
		if (outcome.findings.length === 0) lines.push(`${outcome.analyzer}: nothing found.`);
		for (const finding of outcome.findings) {
			lines.push(`[${finding.severity}] ${outcome.analyzer}: ${finding.title}: ${finding.detail}${finding.amount === undefined ? '' : ` (amount ${finding.amount})`}`);
		}
	}
	return lines.join('\n');
}

/** `plugin_findings`: what the plugins' analyzers find in the current scope. Read-only, like every tool. */
const analyzerTool: AssistantTool = {
	get spec(): ToolSpec {
		const names = registeredAnalyzers().map(({name, description}) => (description === undefined ? name : `${name} (${description})`));
		return {
			name: ANALYZER_TOOL_NAME,
			description: `Findings of the analyzers that plugins add: ${names.join('; ')}. Call with no arguments for all, or name one.`,
			parameters: {type: 'object', properties: {analyzer: {type: 'string', description: `One of: ${registeredAnalyzers().map(({name}) => name).join(', ')}`}}},
		};
	},
	async run(args, context) {
		const only = optionalString(argumentRecord(args, ['analyzer']), 'analyzer');
		if (only !== undefined && !registeredAnalyzers().some(({name}) => name === only)) {
			throw new ToolArgumentError(`There is no analyzer "${only}": use one of ${registeredAnalyzers().map(({name}) => name).join(', ')}.`);
		}
		const outcomes = await runAnalyzers({engine: context.engine, scope: context.scope, today: context.today, signal: context.signal ?? new AbortController().signal}, only);
		const count = outcomes.reduce((total, outcome) => total + (outcome.ok ? outcome.findings.length : 0), 0);
		return {
			text: findingsText(outcomes),
			summary: `ran ${outcomes.length} plugin analyzer${outcomes.length === 1 ? '' : 's'}: ${count} finding${count === 1 ? '' : 's'}`,
			results: [],
			data: {analyzers: outcomes},
		};
	},
};

let registered = false;

/** Offers the chat the analyzers' findings once some plugin brought an analyzer; safe to call again. */
export function registerAnalyzerTool(): void {
	if (registered) return;
	registered = true;
	registerTool(analyzerTool);
}
