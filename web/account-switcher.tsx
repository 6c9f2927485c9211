import type {RefObject} from 'react';
import type {Scope} from '../source/query.js';
import type {Account} from '../source/sources/source.js';
import {accountChoices} from '../source/view/account-choices.js';

/** The app's account switcher (`a`): All accounts, then the organization's accounts, from /api/v1/accounts. */
export function AccountSwitcher({scope, accounts, onSwitch, selectRef}: {scope: Scope; accounts: readonly Account[]; onSwitch: (scope: Scope) => void; selectRef: RefObject<HTMLSelectElement | null>}) {
	// Profiles are the server's to choose (`serve --profile`): the page switches among its accounts.
	const choices = accountChoices(scope, [], accounts, '');
	return (
		<label className="accounts">
			Account{' '}
			<select
				ref={selectRef}
				value={scope.account ?? ''}
				onChange={event => onSwitch(choices.find(choice => (choice.scope.account ?? '') === event.target.value)?.scope ?? choices[0]!.scope)}
				data-testid="account"
			>
				{choices.map(choice => (
					<option key={choice.scope.account ?? ''} value={choice.scope.account ?? ''}>
						{choice.label}
						{choice.scope.account === undefined ? '' : ` (${choice.detail})`}
					</option>
				))}
			</select>
		</label>
	);
}
