import {AsyncLocalStorage} from 'node:async_hooks';
import type {FrontEnd} from './history-types.js';

/** Who asks a query, as far as the history is concerned. Every field is optional: the session fills the rest. */
export interface QueryOrigin {
	readonly frontEnd?: FrontEnd;
	readonly command?: string;
	readonly tokenName?: string | null;
	readonly conversationId?: string | null;
}

const origins = new AsyncLocalStorage<QueryOrigin>();

/**
 * Runs `work` with `origin` over the one it is called in: an API request
 * names its token and route, a chat tool call its conversation. The engine's
 * runs inside it are recorded with it.
 */
export function withQueryOrigin<T>(origin: QueryOrigin, work: () => T): T {
	return origins.run({...origins.getStore(), ...origin}, work);
}

/** The origin `withQueryOrigin` set around the current call, if any. */
export function currentQueryOrigin(): QueryOrigin {
	return origins.getStore() ?? {};
}
