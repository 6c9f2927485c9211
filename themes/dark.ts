import type {Theme} from './theme.js';

/** The default: bright accents on a dark background. */
export const darkTheme: Theme = {
	name: 'dark',
	text: {primary: 'white', secondary: 'gray', accent: 'cyan'},
	border: {idle: 'gray', focused: 'cyan'},
	status: {ok: 'green', warning: 'yellow', error: 'red', info: 'blue'},
	badge: {demo: 'yellow', live: 'green'},
	change: {up: 'red', down: 'green'},
	cursor: {foreground: 'black', background: 'cyan'},
	chart: {series: ['white', 'cyan', 'magenta', 'yellow', 'green', 'blue', 'red']},
	monochrome: false,
};
