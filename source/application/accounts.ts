import type {CostEngine} from '../engine.js';
import type {Account} from '../sources/source.js';

/** One scope's accounts, as `GET /api/v1/accounts` answers: the app's account switcher's list. */
export interface ScopeAccounts {
	readonly scope: string;
	readonly accounts: readonly Account[];
}

/**
 * The accounts a scope can see (its organization's, else the linked accounts
 * with cost), through the scope's engine, sorted by name then id.
 */
export async function listAccounts(engine: CostEngine, label: string, signal?: AbortSignal): Promise<ScopeAccounts> {
	const accounts = [...(await engine.accounts(signal === undefined ? {} : {signal}))]
		.map(({id, name}) => ({id, name}))
		.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
	return {scope: label, accounts};
}

/** JSON of accounts like a report's: one scope's object, `{"scopes": [...]}` for several. */
export function accountsJson(lists: readonly ScopeAccounts[]): Record<string, unknown> {
	return lists.length === 1 ? {...lists[0]!} : {scopes: lists};
}
