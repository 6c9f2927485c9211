import {oneLineMessage} from '../errors.js';
import type {AnalyzerContext, Finding, PluginAnalyzer} from './api.js';
import {guarded} from './guard.js';
import {pluginMoney} from './money.js';
import {findingsSchema, firstIssue} from './schema.js';

interface RegisteredAnalyzer {
	readonly plugin: string;
	readonly analyzer: PluginAnalyzer;
}

const analyzers: RegisteredAnalyzer[] = [];

/** Adds a plugin's analyzer; a name taken is a mistake. */
export function registerAnalyzer(plugin: string, analyzer: PluginAnalyzer): void {
	if (analyzers.some(registered => registered.analyzer.name === analyzer.name)) throw new Error(`An analyzer named "${analyzer.name}" is already registered.`);
	analyzers.push({plugin, analyzer});
}

/** The analyzers registered, with the plugin each came from. */
export function registeredAnalyzers(): readonly {readonly plugin: string; readonly name: string; readonly description?: string}[] {
	return analyzers.map(({plugin, analyzer}) => ({plugin, name: analyzer.name, ...(analyzer.description === undefined ? {} : {description: analyzer.description})}));
}

/** One analyzer's answer: its findings, or the one-line reason it had none. */
export type AnalyzerOutcome =
	| {readonly plugin: string; readonly analyzer: string; readonly ok: true; readonly findings: readonly Finding[]}
	| {readonly plugin: string; readonly analyzer: string; readonly ok: false; readonly error: string};

/**
 * Runs the registered analyzers (or the one named) against a scope, one after
 * another so their queries share the engine's cache. A failing analyzer is an
 * outcome naming its plugin, never the end of the others; cancelling stops all.
 */
export async function runAnalyzers(context: Omit<AnalyzerContext, 'money'>, only?: string): Promise<readonly AnalyzerOutcome[]> {
	const outcomes: AnalyzerOutcome[] = [];
	for (const {plugin, analyzer} of analyzers) {
		if (only !== undefined && analyzer.name !== only) continue;
		context.signal.throwIfAborted();
		try {
			const found: unknown = await guarded(plugin, `in analyzer "${analyzer.name}"`, () => analyzer.analyze({...context, money: pluginMoney}));
			const checked = findingsSchema.safeParse(found);
			if (!checked.success) throw new Error(`Plugin "${plugin}" failed in analyzer "${analyzer.name}": its findings are malformed (${firstIssue(checked.error)}).`);
			outcomes.push({plugin, analyzer: analyzer.name, ok: true, findings: checked.data});
		} catch (error) {
			context.signal.throwIfAborted();
			outcomes.push({plugin, analyzer: analyzer.name, ok: false, error: oneLineMessage(error)});
		}
	}
	return outcomes;
}
