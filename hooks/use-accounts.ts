import {useEffect, useState} from 'react';
import {oneLineMessage} from '../source/errors.js';
import type {Account} from '../source/sources/source.js';
import type {EngineState} from './use-engine.js';

export interface AccountChoices {
	readonly loading: boolean;
	readonly profiles: readonly string[];
	readonly accounts: readonly Account[];
	/** Why a list could not be read, in one line. */
	readonly problems: readonly string[];
}

const empty: AccountChoices = {loading: true, profiles: [], accounts: [], problems: []};

/**
 * The profiles in the AWS config files and the accounts the engine's source
 * can see (Organizations, else the linked accounts it has cost for). Loaded
 * when `wanted` first turns true, and again for each new engine.
 */
export function useAccounts(
	engineState: EngineState,
	listProfiles: (() => Promise<string[]>) | undefined,
	wanted: boolean,
): AccountChoices {
	const [choices, setChoices] = useState<AccountChoices>(empty);
	const engine = engineState.status === 'ready' ? engineState.engine : undefined;
	const [loadedFor, setLoadedFor] = useState<unknown>(undefined);

	useEffect(() => {
		if (!wanted || engine === undefined || loadedFor === engine) return undefined;
		const controller = new AbortController();
		setChoices(empty);
		const problems: string[] = [];
		const profiles = (listProfiles?.() ?? Promise.resolve([])).catch((error: unknown) => {
			problems.push(`Profiles: ${oneLineMessage(error)}`);
			return [] as string[];
		});
		const accounts = engine.accounts({signal: controller.signal}).catch((error: unknown) => {
			problems.push(`Accounts: ${oneLineMessage(error)}`);
			return [] as readonly Account[];
		});
		void Promise.all([profiles, accounts]).then(([profileList, accountList]) => {
			if (controller.signal.aborted) return;
			setChoices({loading: false, profiles: profileList, accounts: accountList, problems});
			setLoadedFor(engine);
		});
		return () => controller.abort();
	}, [wanted, engine, listProfiles, loadedFor]);

	return choices;
}
