import type {GroupBy} from '../source/query.js';
import {type AppAction, type AppState, type Pane, currentView} from '../source/view/app-state.js';
import {type AccountChoice} from '../source/view/account-choices.js';
import type {ExportFormat} from '../source/view/export-view.js';
import {groupByChoiceIndex} from '../source/view/group-by-choices.js';
import {type KeyCommand, type KeyMap, isCommand} from '../source/view/key-map.js';
import {type KeyPress, isTypedText} from '../source/view/key-press.js';
import {KEY_PRIORITY} from '../source/view/key-router.js';
import {KEY_PRESETS} from '../source/view/view-options.js';
import type {TableRow} from '../source/view/table-rows.js';
import {useKeyRouting} from './key-router-context.js';
import {useKeyHandler} from './use-key-handler.js';

/** What the key handlers read and do; refreshed every render. */
export interface AppKeyContext {
	/** The state after every key so far, rendered or not. */
	readonly getState: () => AppState;
	/** The table's rows under that state; none while its view is still loading. */
	readonly rowsFor: (state: AppState) => readonly TableRow[];
	readonly pageSize: number;
	/** The panes on screen, in focus order. */
	readonly panes: readonly Pane[];
	/** The account switcher's choices under that state (its query typed so far). */
	readonly accountChoicesFor: (state: AppState) => readonly AccountChoice[];
	/** The group-by picker's choices: dimensions, then the bill's tag keys and cost categories once listed. */
	readonly groupByChoices: readonly GroupBy[];
	readonly canExport: boolean;
	/** What the export list offers, in its order. */
	readonly exportFormats: readonly ExportFormat[];
	/** The source keeps line items (an export): Enter on a usage type opens its resources. */
	readonly groupsByResource?: boolean;
	readonly dispatch: (action: AppAction) => void;
	readonly quit: () => void;
	readonly exportView: (format: ExportFormat) => void;
	/** Copies the view as an `aws-cost query` command line. */
	readonly copyCommand: () => void;
	readonly switchScope: (choice: AccountChoice) => void;
	/** Rows in the anomaly list once it is in; 0 while it loads. */
	readonly anomalyCount: number;
	/** Puts the cause of the listed anomaly at `index` on screen. */
	readonly showAnomalyCause: (index: number) => void;
	/** Rows in the history list and the saved views list, once read. */
	readonly historyCount: number;
	readonly savedViewCount: number;
	/** Re-opens the recorded query at `index` in the history list. */
	readonly openHistoryItem: (index: number) => void;
	/** Opens the saved view at `index`. */
	readonly openSavedView: (index: number) => void;
	/** Saves the view on screen under the name typed. */
	readonly saveView: (name: string) => void;
}

/** Registers the app's overlay, pane and global key handlers with the router. */
export function useAppKeys(context: AppKeyContext): void {
	const {keyMap} = useKeyRouting();
	useKeyHandler(KEY_PRIORITY.overlay, press => handleOverlayKey(keyMap, context, press));
	useKeyHandler(KEY_PRIORITY.pane, press => context.getState().focus !== 'chat' && handlePaneKey(keyMap, context, press));
	useKeyHandler(KEY_PRIORITY.global, press => handleGlobalKey(keyMap, context, press));
}

function listKeys(press: KeyPress, context: AppKeyContext, count: number): boolean {
	if (press.upArrow) context.dispatch({type: 'overlay-cursor', step: -1, count});
	else if (press.downArrow) context.dispatch({type: 'overlay-cursor', step: 1, count});
	else if (press.pageUp) context.dispatch({type: 'overlay-cursor', step: -context.pageSize, count});
	else if (press.pageDown) context.dispatch({type: 'overlay-cursor', step: context.pageSize, count});
	else return false;
	return true;
}

/** Overlays take every key while open, so nothing leaks to the panes beneath. */
export function handleOverlayKey(keyMap: KeyMap, context: AppKeyContext, press: KeyPress): boolean {
	const {overlay} = context.getState();
	const {dispatch} = context;
	if (overlay === null) return false;
	// A paste is text: only the text boxes take it; pick lists ignore it rather than read it as keys.
	if (press.paste && overlay.kind !== 'filter' && overlay.kind !== 'accounts' && overlay.kind !== 'period' && overlay.kind !== 'save-view') return true;
	switch (overlay.kind) {
		case 'help':
			if (press.escape || isCommand(keyMap, 'help', press) || isCommand(keyMap, 'quit', press)) dispatch({type: 'close-overlay'});
			return true;
		case 'filter': {
			if (press.escape) {
				dispatch({type: 'set-filter-text', text: ''});
				dispatch({type: 'close-overlay'});
			} else if (press.return) dispatch({type: 'close-overlay'});
			else if (press.backspace || press.delete) dispatch({type: 'erase-text'});
			else if (isTypedText(press)) dispatch({type: 'type-text', text: press.input});
			// Arrows fall through so the cursor can move while filtering.
			else return false;
			return true;
		}
		case 'period':
			if (press.escape) dispatch({type: 'close-overlay'});
			else if (press.return) dispatch({type: 'apply-period-entry'});
			else if (press.backspace || press.delete) dispatch({type: 'erase-text'});
			else if (isTypedText(press)) dispatch({type: 'type-text', text: press.input});
			return true;
		case 'accounts': {
			const choices = context.accountChoicesFor(context.getState());
			if (press.escape) dispatch({type: 'close-overlay'});
			else if (press.return) {
				const choice = choices[overlay.cursor];
				if (choice !== undefined) context.switchScope(choice);
			} else if (press.backspace || press.delete) dispatch({type: 'erase-text'});
			else if (!listKeys(press, context, choices.length) && isTypedText(press)) dispatch({type: 'type-text', text: press.input});
			return true;
		}
		case 'group-by': {
			const choices = context.groupByChoices;
			if (press.escape || isCommand(keyMap, 'back', press)) dispatch({type: 'close-overlay'});
			else if (press.return) {
				const groupBy = choices[overlay.cursor];
				if (groupBy !== undefined) dispatch({type: 'set-group-by', groupBy});
			} else if (press.input === '+') {
				const groupBy = choices[overlay.cursor];
				if (groupBy !== undefined) dispatch({type: 'set-then-by', groupBy});
			} else if (press.input === '-') dispatch({type: 'set-then-by', groupBy: null});
			else if (!listKeys(press, context, choices.length)) moveByCommand(keyMap, press, context, choices.length);
			return true;
		}
		case 'export':
			if (press.escape || isCommand(keyMap, 'back', press)) dispatch({type: 'close-overlay'});
			else if (press.return) {
				const format = context.exportFormats[overlay.cursor];
				dispatch({type: 'close-overlay'});
				if (format !== undefined) context.exportView(format);
			} else if (!listKeys(press, context, context.exportFormats.length)) moveByCommand(keyMap, press, context, context.exportFormats.length);
			return true;
		case 'anomalies':
			if (press.escape || isCommand(keyMap, 'back', press) || isCommand(keyMap, 'anomalies', press)) dispatch({type: 'close-overlay'});
			else if (press.return) {
				// Enter first says yes to a billed scan; once the list is in, it shows the cause.
				if (overlay.confirmed !== true) dispatch({type: 'open-overlay', overlay: {...overlay, confirmed: true}});
				context.showAnomalyCause(overlay.cursor);
			}
			else if (!listKeys(press, context, context.anomalyCount)) moveByCommand(keyMap, press, context, context.anomalyCount);
			return true;
		case 'history':
			if (press.escape || isCommand(keyMap, 'back', press) || isCommand(keyMap, 'history', press)) dispatch({type: 'close-overlay'});
			else if (press.return) context.openHistoryItem(overlay.cursor);
			else if (!listKeys(press, context, context.historyCount)) moveByCommand(keyMap, press, context, context.historyCount);
			return true;
		case 'views':
			if (press.escape || isCommand(keyMap, 'back', press) || isCommand(keyMap, 'savedViews', press)) dispatch({type: 'close-overlay'});
			else if (press.return) context.openSavedView(overlay.cursor);
			else if (press.input === 's') dispatch({type: 'open-overlay', overlay: {kind: 'save-view', text: ''}});
			else if (!listKeys(press, context, context.savedViewCount)) moveByCommand(keyMap, press, context, context.savedViewCount);
			return true;
		case 'save-view':
			if (press.escape) dispatch({type: 'close-overlay'});
			else if (press.return) context.saveView(overlay.text);
			else if (press.backspace || press.delete) dispatch({type: 'erase-text'});
			else if (isTypedText(press)) dispatch({type: 'type-text', text: press.input});
			return true;
	}
}

/** j/k (or whatever they are bound to) in pick lists too. */
function moveByCommand(keyMap: KeyMap, press: KeyPress, context: AppKeyContext, count: number): void {
	if (isCommand(keyMap, 'cursorUp', press)) context.dispatch({type: 'overlay-cursor', step: -1, count});
	if (isCommand(keyMap, 'cursorDown', press)) context.dispatch({type: 'overlay-cursor', step: 1, count});
}

/** Moving through the table and drilling in and out. */
export function handlePaneKey(keyMap: KeyMap, context: AppKeyContext, press: KeyPress): boolean {
	if (press.paste) return false;
	const {dispatch, pageSize} = context;
	const state = context.getState();
	const rows = context.rowsFor(state);
	const rowCount = rows.length;
	const move = (to: number | 'top' | 'bottom', relative: boolean) => dispatch({type: 'move-cursor', to, relative, rowCount});
	const is = (command: KeyCommand) => isCommand(keyMap, command, press);
	if (is('cursorUp')) move(-1, true);
	else if (is('cursorDown')) move(1, true);
	else if (is('pageUp')) move(-pageSize, true);
	else if (is('pageDown')) move(pageSize, true);
	else if (is('top')) move('top', false);
	else if (is('bottom')) move('bottom', false);
	else if (is('drill')) {
		const row = rows[currentView(state).cursor];
		if (row === undefined) return true;
		const [key = '', thenKey] = row.keys;
		dispatch({type: 'drill', key, ...(thenKey === undefined ? {} : {thenKey}), ...(context.groupsByResource === true ? {groupsByResource: true} : {})});
	} else if (is('back')) {
		if (state.views.length === 1 && state.filterText !== '') dispatch({type: 'set-filter-text', text: ''});
		else dispatch({type: 'back'});
	} else return false;
	return true;
}

/** Re-sorts with the cursor staying on the row it was on, wherever that row lands. */
function resortKeepingCursor(context: AppKeyContext, action: AppAction): void {
	const before = context.getState();
	const key = context.rowsFor(before)[currentView(before).cursor]?.key;
	context.dispatch(action);
	if (key === undefined) return;
	const after = context.rowsFor(context.getState());
	const index = after.findIndex(row => row.key === key);
	if (index !== -1) context.dispatch({type: 'move-cursor', to: index, relative: false, rowCount: after.length});
}

/** Keys that work whatever has focus (unless an overlay or text input took them first). */
export function handleGlobalKey(keyMap: KeyMap, context: AppKeyContext, press: KeyPress): boolean {
	// Pasted text is never a command, whatever letters it holds.
	if (press.paste) return false;
	const {dispatch} = context;
	const state = context.getState();
	const is = (command: KeyCommand) => isCommand(keyMap, command, press);
	const preset = KEY_PRESETS.find((_, index) => is(`preset${index + 1}` as KeyCommand));
	if (preset !== undefined) dispatch({type: 'preset', preset});
	else if (is('focusNext')) dispatch({type: 'focus', step: 1, panes: context.panes});
	else if (is('focusPrevious')) dispatch({type: 'focus', step: -1, panes: context.panes});
	// Narrow terminals show the chat pane in place of the others while it has focus.
	else if (is('chat')) dispatch({type: 'focus-pane', pane: 'chat'});
	else if (is('periodBack')) dispatch({type: 'shift-period', steps: -1});
	else if (is('periodForward')) dispatch({type: 'shift-period', steps: 1});
	else if (is('customPeriod')) dispatch({type: 'open-overlay', overlay: {kind: 'period', text: ''}});
	else if (is('cycleGranularity')) dispatch({type: 'cycle-granularity'});
	else if (is('cycleMetric')) dispatch({type: 'cycle-metric'});
	else if (is('changeGroupBy')) {
		const cursor = groupByChoiceIndex(context.groupByChoices, currentView(state).groupBy);
		dispatch({type: 'open-overlay', overlay: {kind: 'group-by', cursor}});
	} else if (is('filterRows')) dispatch({type: 'open-overlay', overlay: {kind: 'filter'}});
	else if (is('cycleSort')) resortKeepingCursor(context, {type: 'cycle-sort'});
	else if (is('reverseSort')) resortKeepingCursor(context, {type: 'reverse-sort'});
	else if (is('cycleColumns')) dispatch({type: 'cycle-columns'});
	else if (is('chartFollowsCursor')) dispatch({type: 'toggle-chart-follows-cursor'});
	else if (is('refresh')) dispatch({type: 'refresh'});
	else if (is('export')) {
		if (context.canExport) dispatch({type: 'open-overlay', overlay: {kind: 'export', cursor: 0}});
		else dispatch({type: 'notice', notice: {text: 'Nothing to export yet: wait for the view to load.', tone: 'info'}});
	} else if (is('copyCommand')) context.copyCommand();
	else if (is('accounts')) dispatch({type: 'open-overlay', overlay: {kind: 'accounts', query: '', cursor: 0}});
	else if (is('anomalies')) dispatch({type: 'open-overlay', overlay: {kind: 'anomalies', cursor: 0}});
	else if (is('history')) dispatch({type: 'open-overlay', overlay: {kind: 'history', cursor: 0}});
	else if (is('savedViews')) dispatch({type: 'open-overlay', overlay: {kind: 'views', cursor: 0}});
	else if (is('help')) dispatch({type: 'open-overlay', overlay: {kind: 'help'}});
	else if (is('quit')) context.quit();
	else return false;
	return true;
}
