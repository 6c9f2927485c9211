import {useEffect, useState} from 'react';
import type {CostEngine} from '../source/engine.js';
import {oneLineMessage} from '../source/errors.js';
import type {Scope} from '../source/query.js';

/** The engine for a scope, once it is open; always tagged with the scope it answers for. */
export type EngineState =
	| {readonly status: 'opening'; readonly scope: Scope}
	| {readonly status: 'ready'; readonly scope: Scope; readonly engine: CostEngine}
	| {readonly status: 'failed'; readonly scope: Scope; readonly message: string};

export const sameScope = (a: Scope, b: Scope): boolean =>
	a.source === b.source && a.profile === b.profile && a.account === b.account;

/**
 * Opens the engine for the scope on screen. A slow open for a scope the user
 * has already left is dropped, so one account's engine never serves another.
 */
export function useEngine(engineFor: (scope: Scope) => Promise<CostEngine>, scope: Scope): EngineState {
	const [state, setState] = useState<EngineState>({status: 'opening', scope});
	useEffect(() => {
		let current = true;
		setState({status: 'opening', scope});
		engineFor(scope).then(
			engine => {
				if (current) setState({status: 'ready', scope, engine});
			},
			(error: unknown) => {
				if (current) setState({status: 'failed', scope, message: oneLineMessage(error)});
			},
		);
		return () => {
			current = false;
		};
	}, [engineFor, scope]);
	return sameScope(state.scope, scope) ? state : {status: 'opening', scope};
}
