import {useCallback, useReducer, useRef} from 'react';
import {type AppAction, type AppState, appReducer} from '../source/view/app-state.js';

export interface AppStore {
	/** The state this render shows. */
	readonly state: AppState;
	/** The state after every action so far, rendered or not. */
	readonly getState: () => AppState;
	readonly dispatch: (action: AppAction) => void;
}

/**
 * The app reducer with a synchronous read. Keys can arrive faster than React
 * renders (a paste, a key-repeat burst, "j" then Enter in one read); each must
 * act on the state the keys before it left, not on the last frame.
 */
export function useAppStore(init: () => AppState): AppStore {
	const current = useRef<AppState | undefined>(undefined);
	current.current ??= init();
	const [, rerender] = useReducer((version: number) => version + 1, 0);
	const getState = useCallback(() => current.current!, []);
	const dispatch = useCallback((action: AppAction) => {
		const next = appReducer(current.current!, action);
		if (next === current.current) return;
		current.current = next;
		rerender();
	}, []);
	return {state: current.current, getState, dispatch};
}
