export interface ConversationLimits {
	/** Conversations kept at most; past it the least recently used is forgotten. */
	readonly max: number;
	/** A conversation not asked anything for this long is forgotten, ms. */
	readonly idleMs: number;
	readonly now?: () => number;
}

export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = {max: 100, idleMs: 30 * 60_000};

interface Entry<T> {
	readonly value: T;
	usedAt: number;
}

/**
 * The server's conversations, in memory: bounded in number (least recently
 * used first out) and in idle time, so a long-running server holds at most
 * `max` of them and none for longer than `idleMs` after its last question.
 */
export class Conversations<T> {
	private readonly entries = new Map<string, Entry<T>>();
	private readonly limits: ConversationLimits;

	constructor(limits: ConversationLimits = DEFAULT_CONVERSATION_LIMITS) {
		this.limits = limits;
	}

	get size(): number {
		this.sweep();
		return this.entries.size;
	}

	/** The conversation, marked as just used; undefined when unknown or expired. */
	get(id: string): T | undefined {
		this.sweep();
		const entry = this.entries.get(id);
		if (entry === undefined) return undefined;
		entry.usedAt = this.now();
		// Map order is the LRU order: the last used goes to the end.
		this.entries.delete(id);
		this.entries.set(id, entry);
		return entry.value;
	}

	/** Keeps a new conversation under a fresh id, forgetting the least recently used one when full. */
	add(value: T): string {
		this.sweep();
		while (this.entries.size >= this.limits.max) {
			const oldest = this.entries.keys().next().value;
			if (oldest === undefined) break;
			this.entries.delete(oldest);
		}
		const id = crypto.randomUUID();
		this.entries.set(id, {value, usedAt: this.now()});
		return id;
	}

	private sweep(): void {
		const cutoff = this.now() - this.limits.idleMs;
		for (const [id, entry] of this.entries) {
			// Oldest first: the first one still fresh ends the sweep.
			if (entry.usedAt > cutoff) break;
			this.entries.delete(id);
		}
	}

	private now(): number {
		return (this.limits.now ?? Date.now)();
	}
}
