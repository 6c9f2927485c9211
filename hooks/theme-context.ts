import {createContext, useContext} from 'react';
import type {Theme} from '../themes/index.js';

export const ThemeContext = createContext<Theme | undefined>(undefined);

/** The active theme's tokens; throws outside a ThemeContext provider. */
export function useTheme(): Theme {
	const theme = useContext(ThemeContext);
	if (theme === undefined) throw new Error('useTheme must be used inside <ThemeContext.Provider>.');
	return theme;
}
