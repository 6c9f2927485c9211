import {pluginNotifier, pluginNotifierSchemes} from '../../plugins/notifiers.js';
import type {ReportMessage} from '../report-message.js';

export type {ReportMessage} from '../report-message.js';

/** What a delivery is handed besides the message: cancel when the run stops. */
export interface DeliveryContext {
	readonly signal: AbortSignal;
}

/**
 * Sends a rendered report to the place `--to SCHEME:TARGET` names. The
 * built-ins (slack, webhook, email, file) and plugins' notifiers register
 * here; a failure throws with a one-line message that names no secret.
 */
export interface Delivery {
	readonly scheme: string;
	deliver(target: string, message: ReportMessage, context: DeliveryContext): Promise<void>;
}

const deliveries = new Map<string, Delivery>();

const SCHEME = /^[a-z][a-z0-9+.-]*$/;

/** Adds a delivery; a scheme taken twice is a mistake unless `replace` (the built-ins, configured again per run). */
export function registerDelivery(delivery: Delivery, options: {readonly replace?: boolean} = {}): void {
	if (!SCHEME.test(delivery.scheme)) throw new Error(`A delivery scheme must be lower-case letters, digits, "+", "." or "-": "${delivery.scheme}".`);
	if (deliveries.has(delivery.scheme) && options.replace !== true) throw new Error(`A delivery for "${delivery.scheme}:" is already registered.`);
	deliveries.set(delivery.scheme, delivery);
}

/** The delivery registered for `scheme`, else a loaded plugin's notifier for it, if any. */
export function deliveryFor(scheme: string): Delivery | undefined {
	return deliveries.get(scheme) ?? pluginNotifier(scheme);
}

/** Every registered scheme, in the order registered, then the loaded plugins' schemes. */
export function deliverySchemes(): readonly string[] {
	return [...deliveries.keys(), ...pluginNotifierSchemes().filter(scheme => !deliveries.has(scheme))];
}

/** Removes a registration (tests that register their own). */
export function unregisterDelivery(scheme: string): void {
	deliveries.delete(scheme);
}
