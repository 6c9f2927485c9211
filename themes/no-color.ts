import type {Theme} from './theme.js';

/** No colour at all (NO_COLOR); the cursor row uses inverse video. */
export const noColorTheme: Theme = {
	name: 'no-color',
	text: {primary: undefined, secondary: undefined, accent: undefined},
	border: {idle: undefined, focused: undefined},
	status: {ok: undefined, warning: undefined, error: undefined, info: undefined},
	badge: {demo: undefined, live: undefined},
	change: {up: undefined, down: undefined},
	cursor: {foreground: undefined, background: undefined},
	chart: {series: [undefined]},
	monochrome: true,
};
