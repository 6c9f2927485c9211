import {type Key, useInput} from 'ink';
import {type ReactNode, useMemo} from 'react';
import {KeyRouterContext} from '../hooks/key-router-context.js';
import type {KeyMap} from '../source/view/key-map.js';
import type {KeyPress} from '../source/view/key-press.js';
import {KeyRouter} from '../source/view/key-router.js';

/** Ink's parsed key in the router's own shape. */
export function toKeyPress(input: string, key: Key): KeyPress {
	return {
		input,
		upArrow: key.upArrow,
		downArrow: key.downArrow,
		leftArrow: key.leftArrow,
		rightArrow: key.rightArrow,
		pageUp: key.pageUp,
		pageDown: key.pageDown,
		home: key.home,
		end: key.end,
		return: key.return,
		escape: key.escape,
		tab: key.tab,
		backspace: key.backspace,
		delete: key.delete,
		ctrl: key.ctrl,
		shift: key.shift,
		meta: key.meta && !key.escape,
	};
}

/**
 * The app's only `useInput`: every key goes to the router, which hands it to
 * one handler, so two widgets never both act on the same Enter.
 */
export function KeyRouterProvider({keyMap, children}: {readonly keyMap: KeyMap; readonly children: ReactNode}) {
	const router = useMemo(() => new KeyRouter(), []);
	const routing = useMemo(() => ({router, keyMap}), [router, keyMap]);
	useInput((input, key) => {
		router.dispatch(toKeyPress(input, key));
	});
	return <KeyRouterContext.Provider value={routing}>{children}</KeyRouterContext.Provider>;
}
