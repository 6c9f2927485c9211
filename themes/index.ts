import {darkTheme} from './dark.js';
import {lightTheme} from './light.js';
import {noColorTheme} from './no-color.js';
import {type Theme, type ThemeName, isThemeName} from './theme.js';

export {type Colour, type Theme, type ThemeName, THEME_NAMES, isThemeName} from './theme.js';

const themes: Record<ThemeName, Theme> = {dark: darkTheme, light: lightTheme, 'no-color': noColorTheme};

/**
 * Picks the theme: `NO_COLOR` (any non-empty value, per no-color.org) wins,
 * then the `--theme` flag, then the config key, then dark. An unknown name
 * falls back to dark rather than failing the start-up.
 */
export function resolveTheme(requested: {flag?: string; configured?: string}, env: NodeJS.ProcessEnv = process.env): Theme {
	if ((env['NO_COLOR'] ?? '') !== '') return noColorTheme;
	const name = [requested.flag, requested.configured].find(candidate => candidate !== undefined && isThemeName(candidate));
	return themes[(name as ThemeName | undefined) ?? 'dark'];
}

export function themeByName(name: ThemeName): Theme {
	return themes[name];
}
