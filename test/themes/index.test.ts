import {describe, expect, test} from 'vitest';
import {ansiForeground} from '../../themes/ansi.js';
import {THEME_NAMES, type Theme, resolveTheme, themeByName} from '../../themes/index.js';

describe('resolveTheme', () => {
	test.each([
		[{}, {}, 'dark'],
		[{flag: 'light'}, {}, 'light'],
		[{configured: 'light'}, {}, 'light'],
		[{flag: 'dark', configured: 'light'}, {}, 'dark'],
		[{flag: 'neon'}, {}, 'dark'],
		[{flag: 'neon', configured: 'light'}, {}, 'light'],
		// An explicit --theme beats NO_COLOR; a configured one does not.
		[{flag: 'light'}, {NO_COLOR: '1'}, 'light'],
		[{configured: 'light'}, {NO_COLOR: '1'}, 'no-color'],
		[{}, {NO_COLOR: '1'}, 'no-color'],
		[{flag: 'light'}, {NO_COLOR: ''}, 'light'],
		[{flag: 'no-color'}, {}, 'no-color'],
	])('%o with env %o → %s', (requested, env, name) => {
		expect(resolveTheme(requested, env).name).toBe(name);
	});
});

const colours = (theme: Theme): unknown[] => [
	...Object.values(theme.text),
	...Object.values(theme.border),
	...Object.values(theme.status),
	...Object.values(theme.badge),
	...Object.values(theme.change),
	...Object.values(theme.cursor),
	...theme.chart.series,
];

describe('themes', () => {
	test('no-color has no colour at all', () => {
		expect(colours(themeByName('no-color')).every(colour => colour === undefined)).toBe(true);
		expect(themeByName('no-color').monochrome).toBe(true);
	});

	test.each(THEME_NAMES.filter(name => name !== 'no-color'))('%s colours all turn into escape codes for the chart', name => {
		for (const colour of themeByName(name).chart.series) expect(ansiForeground(colour)).toMatch(/^\u001B\[/);
	});

	test('ansiForeground', () => {
		expect(ansiForeground('red')).toBe('\u001B[31m');
		expect(ansiForeground('#b58900')).toBe('\u001B[38;2;181;137;0m');
		expect(ansiForeground(undefined)).toBeUndefined();
		expect(ansiForeground('chartreuse-ish')).toBeUndefined();
	});
});
