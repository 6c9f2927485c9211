import {useCallback} from 'react';
import {forgetToken, savedToken} from './api.js';
import {Dashboard} from './dashboard.js';
import {Login} from './login.js';
import {useBoot} from './use-boot.js';

/** Boots from /api/v1 (asking for a token when it answers 401), then shows the dashboard. */
export function App() {
	const {state, retry} = useBoot();
	const onUnauthorized = useCallback(() => {
		forgetToken();
		retry(false);
	}, [retry]);
	if (state.status === 'loading') return <p className="boot">Loading aws-cost…</p>;
	if (state.status === 'failed') {
		return (
			<p className="error boot" role="alert">
				{state.message}
			</p>
		);
	}
	if (state.status === 'login') return <Login message={state.message ?? (savedToken() === null ? undefined : 'The saved token was not accepted.')} onToken={() => retry(true)} />;
	return <Dashboard boot={state.boot} onUnauthorized={onUnauthorized} />;
}
