import {useCallback, useEffect, useState} from 'react';
import {isIsoDate, type IsoDate} from '../source/dates.js';
import type {Scope} from '../source/query.js';
import type {Account} from '../source/sources/source.js';
import {ApiError, apiGet, failureText} from './api.js';

/** What the page needs before its first view: the server's day, its scope and accounts. */
export interface Boot {
	readonly today: IsoDate;
	readonly scope: Scope;
	/** "demo", or the profile the server runs as. */
	readonly scopeName: string;
	readonly accounts: readonly Account[];
}

export type BootState =
	| {readonly status: 'loading'}
	/** The API wants a token; `message` says why the last one failed. */
	| {readonly status: 'login'; readonly message: string | undefined}
	| {readonly status: 'failed'; readonly message: string}
	| {readonly status: 'ready'; readonly boot: Boot};

async function loadBoot(): Promise<Boot> {
	// The budgets answer names the server's day (`--today` or the clock), as every route reads it.
	const [accounts, budgets] = (await Promise.all([apiGet('accounts'), apiGet('budgets')])) as [
		{scope?: string; accounts?: Account[]; scopes?: {scope: string; accounts: Account[]}[]},
		{today?: string; scopes?: {today?: string}[]},
	];
	const today = budgets.today ?? budgets.scopes?.[0]?.today;
	if (today === undefined || !isIsoDate(today)) throw new Error('the server did not say what day it is');
	const first = accounts.scopes?.[0] ?? {scope: accounts.scope ?? 'default', accounts: accounts.accounts ?? []};
	const scope: Scope = first.scope === 'demo' ? {source: 'demo'} : {source: 'aws', ...(first.scope === 'default' ? {} : {profile: first.scope})};
	return {today, scope, scopeName: first.scope, accounts: first.accounts};
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
