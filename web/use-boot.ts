import {useCallback, useEffect, useState} from 'react';
import {isIsoDate, type IsoDate} from '../source/dates.js';
import type {Scope} from '../source/query.js';
import type {Account} from '../source/sources/source.js';
import {ApiError, apiGet, failureText} from './api.js';
import {useApi} from './use-api.js';

/** What the page needs before its first view: the server's day and scope (accounts follow, see useAccounts). */
export interface Boot {
	readonly today: IsoDate;
	readonly scope: Scope;
	/** "demo", or the profile the server runs as. */
	readonly scopeName: string;
}

const noAccounts: readonly Account[] = [];

/** The organization's accounts, for names and the switcher; none while they load (ids stand in). */
export function useAccounts(): readonly Account[] {
	const loaded = useApi('accounts', async signal => {
		const answer = (await apiGet('accounts', undefined, signal)) as {accounts?: Account[]; scopes?: {accounts: Account[]}[]};
		return answer.scopes?.[0]?.accounts ?? answer.accounts ?? [];
	});
	return loaded.status === 'ready' ? loaded.value : noAccounts;
}

export type BootState =
	| {readonly status: 'loading'}
	/** The API wants a token; `message` says why the last one failed. */
	| {readonly status: 'login'; readonly message: string | undefined}
	| {readonly status: 'failed'; readonly message: string}
	| {readonly status: 'ready'; readonly boot: Boot};

async function loadBoot(): Promise<Boot> {
	// The budgets answer is small and names the server's day (`--today` or the clock) and scope, as every route reads them.
	const budgets = (await apiGet('budgets')) as {scope?: string; today?: string; scopes?: {scope?: string; today?: string}[]};
	const first = budgets.scopes?.[0] ?? budgets;
	const today = first.today;
	if (today === undefined || !isIsoDate(today)) throw new Error('the server did not say what day it is');
	const name = first.scope ?? 'default';
	const scope: Scope = name === 'demo' ? {source: 'demo'} : {source: 'aws', ...(name === 'default' ? {} : {profile: name})};
	return {today, scope, scopeName: name};
}

/** Loads what the page starts from; `retry` runs it again (after a token was typed). */
export function useBoot(): {state: BootState; retry: (tokenWasTyped: boolean) => void} {
	const [state, setState] = useState<BootState>({status: 'loading'});
	const [attempt, setAttempt] = useState({count: 0, typed: false});
	useEffect(() => {
		let live = true;
		loadBoot().then(
			boot => live && setState({status: 'ready', boot}),
			(error: unknown) => {
				if (!live) return;
				if (error instanceof ApiError && error.status === 401) {
					setState({status: 'login', message: attempt.typed ? `That token was not accepted (${error.message}) Check it and try again.` : undefined});
				} else setState({status: 'failed', message: failureText(error)});
			},
		);
		return () => {
			live = false;
		};
	}, [attempt]);
	const retry = useCallback((typed: boolean) => setAttempt(previous => ({count: previous.count + 1, typed})), []);
	return {state, retry};
}
