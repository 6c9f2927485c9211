import {CostError, oneLineMessage} from '../errors.js';

/** A failure inside a plugin's code, as one line that names the plugin and what it was doing. */
export function pluginFailure(plugin: string, doing: string, error: unknown): unknown {
	// Cancelling is the caller's doing, not the plugin's failure: it passes through unchanged.
	if (error instanceof Error && error.name === 'AbortError') return error;
	return new CostError('plugin-failure', `Plugin "${plugin}" failed ${doing}: ${oneLineMessage(error)}`, error instanceof Error ? error.stack : undefined);
}

/** Calls into a plugin; anything it throws becomes a plugin-failure error naming it. */
export async function guarded<T>(plugin: string, doing: string, call: () => T | Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error) {
		throw pluginFailure(plugin, doing, error);
	}
}

/** The synchronous form, for a plugin's exporter. */
export function guardedSync<T>(plugin: string, doing: string, call: () => T): T {
	try {
		return call();
	} catch (error) {
		throw pluginFailure(plugin, doing, error);
	}
}
