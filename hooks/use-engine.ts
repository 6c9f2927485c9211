import {useEffect, useState} from 'react';
import type {CostEngine} from '../source/engine.js';
import {oneLineMessage} from '../source/errors.js';
import type {Scope} from '../source/query.js';

/** The engine for a scope, once it is open; always tagged with the scope it answers for. */
export type EngineState =
	| {readonly status: 'opening'; readonly scope: Scope}
	| {readonly status: 'ready'; readonly scope: Scope; readonly engine: CostEngine}
	| {readonly status: 'failed'; readonly scope: Scope; readonly message: string};

/** An engine opened before the app started (while its modules loaded), for the scope it answers for. */
export interface OpenedEngine {
	readonly scope: Scope;
	readonly engine: CostEngine;
}

export const sameScope = (a: Scope, b: Scope): boolean =>
	a.source === b.source && a.profile === b.profile && a.account === b.account;

const readyFor = (state: EngineState, scope: Scope, engine?: CostEngine): boolean =>
	state.status === 'ready' && sameScope(state.scope, scope) && (engine === undefined || state.engine === engine);

/**
 * Opens the engine for the scope on screen. A slow open for a scope the user
 * has already left is dropped, so one account's engine never serves another.
 * An engine already open for the first scope is ready from the first render:
 * the view's query starts at once, without a frame that only says "opening".
 */
export function useEngine(engineFor: (scope: Scope) => Promise<CostEngine>, scope: Scope, opened?: OpenedEngine): EngineState {
	const [state, setState] = useState<EngineState>(() =>
		opened !== undefined && sameScope(opened.scope, scope) ? {status: 'ready', scope, engine: opened.engine} : {status: 'opening', scope},
	);
	useEffect(() => {
		let current = true;
		setState(previous => (readyFor(previous, scope) ? previous : {status: 'opening', scope}));
		engineFor(scope).then(
			engine => {
				if (current) setState(previous => (readyFor(previous, scope, engine) ? previous : {status: 'ready', scope, engine}));
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
