import {BUILTIN_DELIVERY_SCHEMES} from './notifiers.js';
import {defaultConfigDir} from '../config-file.js';
import {isOutputFormat} from '../export/index.js';
import {SettingsStore} from '../settings.js';
import {BUILTIN_SOURCE_NAMES} from '../sources/builtin-sources.js';
import {registeredSources} from '../sources/registry.js';
import {loadPlugins, type PluginOutcome} from './loader.js';

/** The plugins the settings file names, loaded relative to its directory (see loadPlugins). */
export async function loadConfiguredPlugins(env: NodeJS.ProcessEnv): Promise<readonly PluginOutcome[]> {
	const directory = defaultConfigDir(env);
	const {settings} = new SettingsStore({cwd: directory}).load();
	return loadPlugins(settings.plugins ?? [], directory);
}

/** Names `--source` gives meanings to besides the registered sources. */
const EXPORT_SOURCE_KINDS = ['parquet', 'athena'];

/** Whether `--source` names something aws-cost has not registered, which a plugin may provide. */
export function sourceNeedsPlugins(source: string | undefined): boolean {
	if (source === undefined) return false;
	const name = source.split(':')[0] ?? '';
	return !BUILTIN_SOURCE_NAMES.includes(name) && !EXPORT_SOURCE_KINDS.includes(name) && !registeredSources().includes(name);
}

/** Whether `--format` names a format aws-cost has not registered, which a plugin may provide. */
export const formatNeedsPlugins = (format: string | undefined): boolean => format !== undefined && !isOutputFormat(format);

/** One line per plugin that was skipped: what a command that loaded plugins warns of. */
/** Whether any `--to SCHEME:…` names a scheme aws-cost does not deliver to itself, so a plugin's notifier must be looked for. */
export function deliveryNeedsPlugins(to: readonly string[]): boolean {
	return to.some(text => !BUILTIN_DELIVERY_SCHEMES.includes(text.split(':', 1)[0]!.trim().toLowerCase()));
}

/** Whether the settings file names any plugin (for commands whose analyzers' findings join their output). */
export function settingsNamePlugins(env: NodeJS.ProcessEnv): boolean {
	return (new SettingsStore({cwd: defaultConfigDir(env)}).load().settings.plugins ?? []).length > 0;
}

export const skippedLines = (outcomes: readonly PluginOutcome[]): string[] =>
	outcomes.flatMap(outcome => (outcome.status === 'skipped' ? [`plugin ${JSON.stringify(outcome.specifier)} skipped: ${outcome.reason}`] : []));
