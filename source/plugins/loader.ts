import {oneLineMessage} from '../errors.js';
import {isOutputFormat, registerOutputFormat} from '../export/index.js';
import {registerSource, registeredSources} from '../sources/registry.js';
import type {Plugin} from './api.js';
import {registerAnalyzerTool} from './analyzer-tool.js';
import {registerAnalyzer, registeredAnalyzers} from './analyzers.js';
import {guardedSync} from './guard.js';
import {pluginMoney} from './money.js';
import {BUILTIN_DELIVERY_SCHEMES, pluginNotifierSchemes, registerNotifier} from './notifiers.js';
import {pluginSourceDefinition} from './plugin-source.js';
import {locatePlugin} from './resolve.js';
import {validatePlugin} from './schema.js';

/** What a loaded plugin adds, by kind. */
export interface PluginProvides {
	readonly sources: readonly string[];
	readonly exporters: readonly string[];
	readonly notifiers: readonly string[];
	readonly analyzers: readonly string[];
}

/** One entry of the settings' `plugins`: loaded (with what it adds) or skipped (with why, in one line). */
export type PluginOutcome = {readonly specifier: string} & PluginLoad;

type PluginLoad = {readonly status: 'loaded'; readonly name: string; readonly provides: PluginProvides} | {readonly status: 'skipped'; readonly reason: string};

/** Names `--source NAME:…` gives other meanings to, which no plugin source may take. */
const RESERVED_SOURCES = ['parquet', 'athena'];

/** One import per module per process: a plugin's registrations happen once, however often it is asked for. */
const loads = new Map<string, Promise<PluginLoad>>();

/**
 * Loads the plugins named in settings, relative to `baseDir` (the settings
 * file's directory), and registers what each provides. A plugin that is
 * missing, throws on import, speaks another API version, has the wrong
 * shape or clashes with a name taken is skipped with a one-line reason;
 * nothing here throws.
 */
export async function loadPlugins(specifiers: readonly string[], baseDir: string): Promise<readonly PluginOutcome[]> {
	const outcomes: PluginOutcome[] = [];
	// In order, so the first of two plugins wanting one name keeps it, every time.
	for (const specifier of specifiers) outcomes.push({specifier, ...(await loadOne(specifier, baseDir))});
	return outcomes;
}

async function loadOne(specifier: string, baseDir: string): Promise<PluginLoad> {
	const location = locatePlugin(specifier, baseDir);
	if ('missing' in location) return skipped(`not found (${location.missing})`);
	let load = loads.get(location.url);
	if (load === undefined) {
		load = importAndRegister(location.url);
		loads.set(location.url, load);
	}
	return load;
}

const skipped = (reason: string) => ({status: 'skipped', reason}) as const;

async function importAndRegister(url: string): Promise<PluginLoad> {
	let module: Record<string, unknown>;
	try {
		module = (await import(url)) as Record<string, unknown>;
	} catch (error) {
		const code = (error as {code?: unknown}).code;
		if (code === 'ERR_MODULE_NOT_FOUND' && !url.startsWith('file:')) return skipped(`not installed (npm install ${url}, beside aws-cost or the settings file)`);
		return skipped(`failed to load: ${oneLineMessage(error)}`);
	}
	const validated = validatePlugin(module['default'] !== undefined ? module['default'] : module['plugin']);
	if (!validated.ok) return skipped(validated.reason);
	const {plugin} = validated;
	const clash = firstClash(plugin);
	if (clash !== undefined) return skipped(clash);
	register(plugin);
	return {status: 'loaded', name: plugin.name, provides: providesOf(plugin)};
}

function providesOf(plugin: Plugin): PluginProvides {
	return {
		sources: (plugin.sources ?? []).map(source => source.name),
		exporters: (plugin.exporters ?? []).map(exporter => exporter.name),
		notifiers: (plugin.notifiers ?? []).map(notifier => notifier.scheme),
		analyzers: (plugin.analyzers ?? []).map(analyzer => analyzer.name),
	};
}

/** The first name the plugin wants that is taken (by aws-cost, another plugin, or itself twice). */
function firstClash(plugin: Plugin): string | undefined {
	const provides = providesOf(plugin);
	const sources = [...registeredSources(), ...RESERVED_SOURCES];
	const schemes = [...BUILTIN_DELIVERY_SCHEMES, ...pluginNotifierSchemes()];
	const analyzers = registeredAnalyzers().map(({name}) => name);
	const isTaken = {
		sources: (name: string) => sources.includes(name),
		exporters: isOutputFormat,
		notifiers: (name: string) => schemes.includes(name),
		analyzers: (name: string) => analyzers.includes(name),
	};
	const what = {sources: 'source', exporters: 'format', notifiers: 'notifier scheme', analyzers: 'analyzer'} as const;
	for (const kind of ['sources', 'exporters', 'notifiers', 'analyzers'] as const) {
		const names = provides[kind];
		const clash = names.find((name, index) => names.indexOf(name) !== index || isTaken[kind](name));
		if (clash !== undefined) return `its ${what[kind]} "${clash}" is already taken`;
	}
	return undefined;
}

function register(plugin: Plugin): void {
	for (const source of plugin.sources ?? []) registerSource(pluginSourceDefinition(plugin.name, source));
	for (const exporter of plugin.exporters ?? []) {
		registerOutputFormat({
			name: exporter.name,
			extension: exporter.extension,
			format: (results, width) =>
				guardedSync(plugin.name, `in format "${exporter.name}"`, () => {
					const text: unknown = exporter.format(results, {...(width === undefined ? {} : {width}), money: pluginMoney});
					if (typeof text !== 'string') throw new Error(`it returned ${text === null ? 'null' : typeof text}, not text`);
					return text;
				}),
		});
	}
	for (const notifier of plugin.notifiers ?? []) registerNotifier(plugin.name, notifier);
	for (const analyzer of plugin.analyzers ?? []) registerAnalyzer(plugin.name, analyzer);
	if ((plugin.analyzers ?? []).length > 0) registerAnalyzerTool();
}
