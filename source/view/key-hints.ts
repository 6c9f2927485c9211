import type {Overlay, Pane} from './app-state.js';
import {type KeyCommand, type KeyMap, primaryKey} from './key-map.js';

/** "r refreshes": a hint built from the key map, so a rebound key is the one it names. */
export function keyHint(keyMap: KeyMap, command: KeyCommand, action: string): string {
	return `${primaryKey(keyMap, command)} ${action}`;
}

/** What the keys do where the focus is: the open overlay first, then the focused pane. */
export function footerHints(keyMap: KeyMap, focus: Pane, overlay: Overlay | null): string {
	const hint = (command: KeyCommand, action: string) => keyHint(keyMap, command, action);
	const period = `${primaryKey(keyMap, 'periodBack')}${primaryKey(keyMap, 'periodForward')} period`;
	const move = '↑↓ move';
	switch (overlay?.kind) {
		case 'help':
			return [hint('help', 'or Esc closes'), hint('quit', 'closes')].join(' · ');
		case 'filter':
			return 'type to filter · Enter keeps · Esc clears · ↑↓ move';
		case 'period':
			return 'type dates (2026-09-01..2026-09-30) or a range (last-month, 2026-09, 2026-Q3) · Enter applies · Esc cancels';
		case 'accounts':
			return 'type to search · ↑↓ move · Enter switches · Esc closes';
		case 'group-by':
			return [move, 'Enter groups by it', '+ adds it as second', '- drops the second', 'Esc closes'].join(' · ');
		case 'export':
			return [move, 'Enter picks', 'Esc closes'].join(' · ');
		case 'anomalies':
			return [move, 'Enter shows the cause', `${primaryKey(keyMap, 'anomalies')} or Esc closes`].join(' · ');
		case 'history':
			return [move, 'Enter re-opens that view', `${primaryKey(keyMap, 'history')} or Esc closes`].join(' · ');
		case 'views':
			return [move, 'Enter opens', 's saves the view on screen', `${primaryKey(keyMap, 'savedViews')} or Esc closes`].join(' · ');
		case 'save-view':
			return 'type a name for the view on screen · Enter saves · Esc cancels';
		case undefined:
			break;
	}
	switch (focus) {
		case 'chat':
			return ['Enter sends', 'Esc leaves the chat', '↑↓ earlier questions', hint('focusNext', 'next pane')].join(' · ');
		case 'chart':
			return [
				hint('help', 'help'),
				hint('chartFollowsCursor', 'chart the row / all'),
				hint('cycleGranularity', 'granularity'),
				period,
				hint('focusNext', 'table'),
				hint('chat', 'ask'),
				hint('quit', 'quit'),
			].join(' · ');
		case 'table':
			return [
				hint('help', 'help'),
				hint('drill', 'drill'),
				hint('back', 'back'),
				period,
				hint('cycleSort', 'sort'),
				hint('filterRows', 'filter'),
				hint('accounts', 'accounts'),
				hint('chat', 'ask'),
				hint('export', 'export'),
				hint('quit', 'quit'),
			].join(' · ');
	}
}
