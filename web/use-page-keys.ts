import {useEffect, useRef} from 'react';
import {type AppState, currentView} from '../source/view/app-state.js';
import {DEFAULT_KEY_MAP, type KeyCommand, commandFor} from '../source/view/key-map.js';
import {KEY_PRESETS} from '../source/view/view-options.js';
import type {TableRow} from '../source/view/table-rows.js';
import {isTypingTarget, keyPressFromEvent} from './keys.js';
import type {WebAction} from './web-state.js';

const PAGE = 15;

/** What the page does for commands that are not state changes (focus a control, copy a link, open a panel). */
export type PageCommands = Partial<Record<KeyCommand, () => void>>;

/**
 * The app's keys on the page: each keydown becomes the app's KeyPress and
 * the app's key map names the command, so `?` lists the same keys. Keys
 * typed into a field stay text; Escape leaves the field.
 */
export function usePageKeys(state: AppState, rows: readonly TableRow[], dispatch: (action: WebAction) => void, commands: PageCommands, helpOpen: boolean): void {
	const latest = useRef({state, rows, commands, helpOpen});
	latest.current = {state, rows, commands, helpOpen};
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (event.defaultPrevented) return;
			if (isTypingTarget(event.target)) {
				if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
				return;
			}
			const command = commandFor(DEFAULT_KEY_MAP, keyPressFromEvent(event));
			// The key list is on top: it takes ? and Esc (to close) and lets nothing reach the view below.
			if (latest.current.helpOpen) {
				if (command === 'help' || event.key === 'Escape') {
					latest.current.commands.help?.();
					event.preventDefault();
				}
				return;
			}
			// Tab moves between the page's controls, as browsers do; a focused button takes its own Enter.
			if (command === undefined || command === 'focusNext' || command === 'focusPrevious' || command === 'quit') return;
			if (command === 'drill' && event.key === 'Enter' && event.target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(event.target.tagName)) return;
			const {state: now, rows: listed, commands: page} = latest.current;
			const action = actionFor(command, now, listed);
			if (action !== undefined) dispatch(action);
			else if (page[command] !== undefined) page[command]();
			else return;
			event.preventDefault();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [dispatch]);
}

/** The app state change a command makes, as the app makes it; undefined for the page's own commands. */
function actionFor(command: KeyCommand, state: AppState, rows: readonly TableRow[]): WebAction | undefined {
	const move = (to: number | 'top' | 'bottom', relative: boolean): WebAction => ({type: 'move-cursor', to, relative, rowCount: rows.length});
	switch (command) {
		case 'cursorUp':
			return move(-1, true);
		case 'cursorDown':
			return move(1, true);
		case 'pageUp':
			return move(-PAGE, true);
		case 'pageDown':
			return move(PAGE, true);
		case 'top':
			return move('top', false);
		case 'bottom':
			return move('bottom', false);
		case 'drill': {
			const row = rows[currentView(state).cursor];
			if (row === undefined) return undefined;
			return {type: 'drill', key: row.keys[0] ?? row.key, ...(row.keys[1] === undefined ? {} : {thenKey: row.keys[1]})};
		}
		case 'back':
			return {type: 'back'};
		case 'periodBack':
			return {type: 'shift-period', steps: -1};
		case 'periodForward':
			return {type: 'shift-period', steps: 1};
		case 'preset1':
		case 'preset2':
		case 'preset3':
		case 'preset4':
		case 'preset5':
		case 'preset6':
			return {type: 'preset', preset: KEY_PRESETS[Number(command.slice(-1)) - 1]!};
		case 'cycleGranularity':
			return {type: 'cycle-granularity'};
		case 'cycleMetric':
			return {type: 'cycle-metric'};
		case 'cycleSort':
			return {type: 'cycle-sort'};
		case 'reverseSort':
			return {type: 'reverse-sort'};
		case 'cycleColumns':
			return {type: 'cycle-columns'};
		case 'chartFollowsCursor':
			return {type: 'toggle-chart-follows-cursor'};
		case 'refresh':
			return {type: 'refresh'};
		default:
			return undefined;
	}
}
