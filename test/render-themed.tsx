import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {ThemeContext} from '../hooks/theme-context.js';
import {type Theme, themeByName} from '../themes/index.js';

/**
 * Renders a component that does not depend on the terminal's size with
 * ink-testing-library, inside the theme it reads. `frame()` is the last frame
 * as text. Layout tests use render.tsx's sized terminal instead.
 */
export function renderThemed(node: ReactElement, theme: Theme = themeByName('dark')) {
	const instance = render(<ThemeContext.Provider value={theme}>{node}</ThemeContext.Provider>);
	return {...instance, frame: () => stripVTControlCharacters(instance.lastFrame() ?? '')};
}
