import type {Scope} from '../query.js';
import type {Account} from '../sources/source.js';
import {terminalText} from '../terminal-text.js';
import {exportLocationLabel} from '../sources/export-location.js';

/** One line of the account switcher and the scope it switches to. */
export interface AccountChoice {
	readonly label: string;
	readonly detail: string;
	readonly scope: Scope;
}

/**
 * "All accounts" of the current profile first, then its organization's
 * accounts, then the other profiles. Typing narrows by label or detail.
 */
export function accountChoices(
	current: Scope,
	profiles: readonly string[],
	accounts: readonly Account[],
	query: string,
): AccountChoice[] {
	const base: Scope = {source: current.source, ...(current.profile === undefined ? {} : {profile: current.profile})};
	const choices: AccountChoice[] = [
		{label: 'All accounts', detail: scopeSourceLabel(base), scope: base},
		...accounts.map(account => ({label: terminalText(account.name || account.id), detail: account.id, scope: {...base, account: account.id}})),
		...profiles.map(profile => ({label: profile, detail: 'AWS profile', scope: {source: 'aws' as const, profile}})),
	];
	const needle = query.trim().toLowerCase();
	if (needle === '') return choices;
	return choices.filter(choice => `${choice.label} ${choice.detail}`.toLowerCase().includes(needle));
}

function scopeSourceLabel(scope: Scope): string {
	if (scope.source === 'demo') return 'demo organization';
	if (scope.exportLocation !== undefined) return exportLocationLabel(scope.exportLocation);
	return scope.profile === undefined ? 'default credentials' : `profile ${scope.profile}`;
}

/** "demo / All accounts", "prod / Production (111122223333)", for the header. */
export function scopeLabel(scope: Scope, accounts: readonly Account[] = []): string {
	const who = scope.source === 'demo' ? 'demo' : scope.exportLocation !== undefined ? exportLocationLabel(scope.exportLocation) : (scope.profile ?? 'default');
	if (scope.account === undefined) return `${who} / All accounts`;
	const name = accounts.find(account => account.id === scope.account)?.name;
	return terminalText(`${who} / ${name ? `${name} (${scope.account})` : scope.account}`);
}
