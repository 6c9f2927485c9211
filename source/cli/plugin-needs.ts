import {formatNeedsPlugins, loadConfiguredPlugins, skippedLines, sourceNeedsPlugins} from '../plugins/configured.js';
import type {CommandIo} from './io.js';
import {warnOn} from './io.js';

/**
 * Loads the settings' plugins only when the command asks for a source or a
 * format aws-cost lacks; each plugin skipped is one warning line.
 */
export async function loadPluginsFor(values: {readonly source?: string; readonly format?: string}, io: CommandIo): Promise<void> {
	if (!sourceNeedsPlugins(values.source) && !formatNeedsPlugins(values.format)) return;
	await loadPluginsWarning(io);
}

/** Loads the settings' plugins, warning on stderr of each one skipped. */
export async function loadPluginsWarning(io: CommandIo): Promise<void> {
	for (const line of skippedLines(await loadConfiguredPlugins(io.env))) warnOn(io)(line);
}
