import {describe, expect, test} from 'vitest';
import {type AppKeyContext, handleGlobalKey, handleOverlayKey, handlePaneKey} from '../../hooks/use-app-keys.js';
import type {IsoDate} from '../../source/dates.js';
import {type AppAction, type AppState, type Overlay, appReducer, initialAppState} from '../../source/view/app-state.js';
import {DEFAULT_KEY_MAP} from '../../source/view/key-map.js';
import {keyPress} from '../../source/view/key-press.js';

/** The handlers over a real reducer, recording what they dispatched. */
function context(overlay: Overlay | null): {context: AppKeyContext; actions: AppAction[]; state: () => AppState} {
	let state: AppState = {...initialAppState({scope: {source: 'demo'}, today: '2026-03-17' as IsoDate}), overlay};
	const actions: AppAction[] = [];
	return {
		actions,
		state: () => state,
		context: {
			getState: () => state,
			rowsFor: () => [],
			pageSize: 10,
			panes: ['chart', 'table', 'chat'],
			accountChoicesFor: () => [],
			canExport: true,
			dispatch: action => {
				actions.push(action);
				state = appReducer(state, action);
			},
			quit: () => actions.push({type: 'notice', notice: {text: 'quit', tone: 'info'}}),
			exportView: () => undefined,
			copyCommand: () => undefined,
			switchScope: () => undefined,
			anomalyCount: 0,
			showAnomalyCause: () => undefined,
		},
	};
}

const paste = (text: string) => keyPress(text, {paste: true});

describe('a paste is text, never commands', () => {
	test('on the table, pasted "q" or "j" neither quits nor moves', () => {
		const {context: keys, actions} = context(null);
		expect(handlePaneKey(DEFAULT_KEY_MAP, keys, paste('j'))).toBe(false);
		expect(handleGlobalKey(DEFAULT_KEY_MAP, keys, paste('q'))).toBe(false);
		expect(actions).toEqual([]);
	});

	test('a pick list swallows it; the filter box types it', () => {
		const list = context({kind: 'export', cursor: 0});
		expect(handleOverlayKey(DEFAULT_KEY_MAP, list.context, paste('j'))).toBe(true);
		expect(list.actions).toEqual([]);
		const filter = context({kind: 'filter'});
		handleOverlayKey(DEFAULT_KEY_MAP, filter.context, paste('lambda'));
		expect(filter.state().filterText).toBe('lambda');
	});
});
