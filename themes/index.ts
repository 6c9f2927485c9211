import {darkTheme} from './dark.js';
import {lightTheme} from './light.js';
import {noColorTheme} from './no-color.js';
import {type Theme, type ThemeName, isThemeName} from './theme.js';

export {type Colour, type Theme, type ThemeName, THEME_NAMES, isThemeName} from './theme.js';

const themes: Record<ThemeName, Theme> = {dark: darkTheme, light: lightTheme, 'no-color': noColorTheme};

/**
 * Picks the theme: an explicit `--theme` flag wins (the person asked for it
 * just now), then `NO_COLOR` (any non-empty value, per no-color.org), then
 * the config key, then dark. An unknown configured name falls back to dark
 * rather than failing the start-up; the command line rejects an unknown flag.
 */
export function resolveTheme(requested: {flag?: string; configured?: string}, env: NodeJS.ProcessEnv = process.env): Theme {
	if (requested.flag !== undefined && isThemeName(requested.flag)) return themes[requested.flag];
	if ((env['NO_COLOR'] ?? '') !== '') return noColorTheme;
	const name = [requested.flag, requested.configured].find(candidate => candidate !== undefined && isThemeName(candidate));
	return themes[(name as ThemeName | undefined) ?? 'dark'];
}

export function themeByName(name: ThemeName): Theme {
	return themes[name];
}
