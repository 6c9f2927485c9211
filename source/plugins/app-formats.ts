import {loadPlugins} from './loader.js';

/**
 * The formats the settings' plugins add, for the app's export list: loaded
 * when the list first opens, never at start-up. A plugin skipped adds none.
 */
export async function pluginExportFormats(plugins: readonly string[], settingsDirectory: string): Promise<readonly string[]> {
	const outcomes = await loadPlugins(plugins, settingsDirectory);
	return outcomes.flatMap(outcome => (outcome.status === 'loaded' ? outcome.provides.exporters : []));
}
