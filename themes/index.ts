import {darkTheme} from './dark.js';
import {lightTheme} from './light.js';
import {noColorTheme} from './no-color.js';
import {THEME_NAMES, type Theme, type ThemeName, isThemeName} from './theme.js';

export {type Colour, type Theme, type ThemeName, THEME_NAMES, isThemeName} from './theme.js';

const themes = new Map<ThemeName, Theme>([darkTheme, lightTheme, noColorTheme].map(theme => [theme.name, theme]));

/** Adds a theme (a plugin's): `--theme` and the settings may then name it. A name registered twice is a mistake. */
export function registerTheme(theme: Theme): void {
	if (themes.has(theme.name)) throw new Error(`A theme named "${theme.name}" is already registered.`);
	themes.set(theme.name, theme);
	THEME_NAMES.push(theme.name);
}

/** Removes a registered theme (tests that register their own). */
export function unregisterTheme(name: ThemeName): void {
	themes.delete(name);
	const index = THEME_NAMES.indexOf(name);
	if (index >= 0) THEME_NAMES.splice(index, 1);
}

/**
 * Picks the theme: an explicit `--theme` flag wins (the person asked for it
 * just now), then `NO_COLOR` (any non-empty value, per no-color.org), then
 * the config key, then dark. An unknown configured name falls back to dark
 * rather than failing the start-up; the command line rejects an unknown flag.
 */
export function resolveTheme(requested: {flag?: string; configured?: string}, env: NodeJS.ProcessEnv = process.env): Theme {
	if (requested.flag !== undefined && isThemeName(requested.flag)) return themeByName(requested.flag);
	if ((env['NO_COLOR'] ?? '') !== '') return noColorTheme;
	const name = [requested.flag, requested.configured].find(candidate => candidate !== undefined && isThemeName(candidate));
	return themeByName(name ?? 'dark');
}

/** The theme registered under `name`; dark for a name nobody registered. */
export function themeByName(name: ThemeName): Theme {
	return themes.get(name) ?? darkTheme;
}
