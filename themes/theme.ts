/**
 * A colour is an Ink colour name or hex; `undefined` means the terminal's
 * own colour, which is what the no-color theme uses everywhere.
 */
export type Colour = string | undefined;

/** Semantic colour tokens: components read these, never raw colours. */
export interface Theme {
	readonly name: ThemeName;
	readonly text: {readonly primary: Colour; readonly secondary: Colour; readonly accent: Colour};
	readonly border: {readonly idle: Colour; readonly focused: Colour};
	readonly status: {readonly ok: Colour; readonly warning: Colour; readonly error: Colour; readonly info: Colour};
	readonly badge: {readonly demo: Colour; readonly live: Colour};
	/** Cost went up (bad) or down (good). */
	readonly change: {readonly up: Colour; readonly down: Colour};
	readonly cursor: {readonly foreground: Colour; readonly background: Colour};
	/** The first colour is the total; then one per top group. */
	readonly chart: {readonly series: readonly Colour[]};
	/** Whether to draw emphasis with inverse video instead of colours. */
	readonly monochrome: boolean;
}

import type {ThemeName} from '../source/settings.js';

export {THEME_NAMES, type ThemeName, isThemeName} from '../source/settings.js';
