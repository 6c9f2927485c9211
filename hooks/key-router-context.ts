import {createContext, useContext} from 'react';
import type {KeyRouter} from '../source/view/key-router.js';
import type {KeyMap} from '../source/view/key-map.js';

export interface KeyRouting {
	readonly router: KeyRouter;
	readonly keyMap: KeyMap;
}

export const KeyRouterContext = createContext<KeyRouting | undefined>(undefined);

/** The app's one key router and key map; throws outside KeyRouterProvider. */
export function useKeyRouting(): KeyRouting {
	const routing = useContext(KeyRouterContext);
	if (routing === undefined) throw new Error('useKeyRouting must be used inside <KeyRouterProvider>.');
	return routing;
}
