import {type FormEvent, useState} from 'react';
import {saveToken} from './api.js';

/** Shown when the API answers 401: the token goes to this tab's session storage only. */
export function Login({message, onToken}: {message: string | undefined; onToken: () => void}) {
	const [token, setToken] = useState('');
	const submit = (event: FormEvent) => {
		event.preventDefault();
		if (token.trim() === '') return;
		saveToken(token.trim());
		onToken();
	};
	return (
		<main className="login">
			<h1>aws-cost</h1>
			<form onSubmit={submit}>
				<label htmlFor="token">This server needs an API token (AWS_COST_API_TOKENS) with the read scope</label>
				<input id="token" type="password" autoComplete="off" value={token} onChange={event => setToken(event.target.value)} autoFocus />
				<button type="submit">Sign in</button>
			</form>
			{message === undefined ? null : (
				<p className="error" role="alert" data-testid="login-error">
					{message}
				</p>
			)}
		</main>
	);
}
