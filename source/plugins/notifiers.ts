import type {NotifierMessage, PluginNotifier} from './api.js';
import {guarded} from './guard.js';

/** The schemes aws-cost delivers to itself (`aws-cost report --to`): a plugin may not take them. */
export const BUILTIN_DELIVERY_SCHEMES: readonly string[] = ['slack', 'webhook', 'email', 'file'];

interface RegisteredNotifier {
	readonly plugin: string;
	readonly notifier: PluginNotifier;
}

const notifiers = new Map<string, RegisteredNotifier>();

/** Adds a plugin's notifier under its scheme; a scheme taken (by aws-cost or a plugin) is a mistake. */
export function registerNotifier(plugin: string, notifier: PluginNotifier): void {
	if (BUILTIN_DELIVERY_SCHEMES.includes(notifier.scheme)) throw new Error(`"${notifier.scheme}:" is one of aws-cost's own deliveries.`);
	if (notifiers.has(notifier.scheme)) throw new Error(`A notifier for "${notifier.scheme}:" is already registered.`);
	notifiers.set(notifier.scheme, {plugin, notifier});
}

/**
 * The plugin notifier for `--to SCHEME:TARGET`, guarded: whatever it throws
 * becomes a one-line error naming the plugin. Undefined when no plugin took the scheme.
 */
export function pluginNotifier(scheme: string): PluginNotifier | undefined {
	const registered = notifiers.get(scheme);
	if (registered === undefined) return undefined;
	const {plugin, notifier} = registered;
	return {
		scheme,
		deliver: (target: string, message: NotifierMessage, context: {readonly signal: AbortSignal}) =>
			guarded(plugin, `delivering to ${scheme}:`, () => notifier.deliver(target, message, context)),
	};
}

/** The schemes plugins deliver to, in the order registered. */
export function pluginNotifierSchemes(): readonly string[] {
	return [...notifiers.keys()];
}
