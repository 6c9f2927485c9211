import {afterEach, expect, it} from 'vitest';
import {isThemeName} from '../../source/settings.js';
import {THEME_NAMES, registerTheme, resolveTheme, themeByName, unregisterTheme} from '../../themes/index.js';

afterEach(() => unregisterTheme('solarized'));

it('offers a registered theme to --theme and the settings, like the built-in ones', () => {
	expect(isThemeName('solarized')).toBe(false);
	const solarized = {...themeByName('dark'), name: 'solarized', text: {primary: '#839496', secondary: '#586e75', accent: '#b58900'}};
	registerTheme(solarized);
	expect(THEME_NAMES).toEqual(['dark', 'light', 'no-color', 'solarized']);
	expect(isThemeName('solarized')).toBe(true);
	expect(resolveTheme({flag: 'solarized'}, {})).toBe(solarized);
	expect(resolveTheme({configured: 'solarized'}, {})).toBe(solarized);
	// NO_COLOR still wins over a configured theme.
	expect(resolveTheme({configured: 'solarized'}, {NO_COLOR: '1'}).name).toBe('no-color');
	expect(() => registerTheme(solarized)).toThrow('already registered');
});
