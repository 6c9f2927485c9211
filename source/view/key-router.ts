import type {KeyPress} from './key-press.js';

/** Returns true when it used the key, which stops it going further. */
export type KeyHandler = (press: KeyPress) => boolean;

/**
 * Who hears a key first. An overlay sits above a text input (the filter line,
 * the chat box), which sits above the focused pane, above global keys.
 */
export const KEY_PRIORITY = {global: 0, pane: 10, input: 20, overlay: 30, system: 40} as const;

interface Registration {
	readonly priority: number;
	readonly order: number;
	readonly handler: KeyHandler;
}

/**
 * Routes each key to one handler instead of broadcasting it: handlers are
 * tried from the highest priority down (the latest registered first within a
 * priority) until one returns true.
 */
export class KeyRouter {
	private registrations: Registration[] = [];
	private nextOrder = 0;

	/** Adds a handler; the returned function removes it. */
	register(priority: number, handler: KeyHandler): () => void {
		const registration = {priority, order: this.nextOrder++, handler};
		this.registrations = [...this.registrations, registration].sort(
			(a, b) => b.priority - a.priority || b.order - a.order,
		);
		return () => {
			this.registrations = this.registrations.filter(entry => entry !== registration);
		};
	}

	/** Offers the key to handlers in priority order; true when one used it. */
	dispatch(press: KeyPress): boolean {
		for (const {handler} of this.registrations) {
			if (handler(press)) return true;
		}
		return false;
	}

	get size(): number {
		return this.registrations.length;
	}
}
