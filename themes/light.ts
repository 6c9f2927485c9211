import type {Theme} from './theme.js';

/** Darker inks that stay readable on a light background. */
export const lightTheme: Theme = {
	name: 'light',
	text: {primary: 'black', secondary: 'gray', accent: 'blue'},
	border: {idle: 'gray', focused: 'blue'},
	status: {ok: 'green', warning: '#b58900', error: 'red', info: 'blue'},
	badge: {demo: '#b58900', live: 'green'},
	change: {up: 'red', down: 'green'},
	cursor: {foreground: 'white', background: 'blue'},
	chart: {series: ['black', 'blue', 'magenta', '#b58900', 'green', 'cyan', 'red']},
	monochrome: false,
};
