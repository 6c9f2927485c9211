import {describe, expect, test} from 'vitest';
import {type AppKeyContext, handleGlobalKey, handleOverlayKey, handlePaneKey} from '../../hooks/use-app-keys.js';
import type {IsoDate} from '../../source/dates.js';
import {type AppAction, type AppState, type Overlay, appReducer, initialAppState} from '../../source/view/app-state.js';
import {groupByChoices} from '../../source/view/group-by-choices.js';
import {EXPORT_FORMATS} from '../../source/view/export-view.js';
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
			groupByChoices: groupByChoices({tags: ['team'], costCategories: ['Business Unit']}),
			canExport: true,
			exportFormats: EXPORT_FORMATS,
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
			historyCount: 0,
			savedViewCount: 0,
			openHistoryItem: () => undefined,
			openSavedView: () => undefined,
			saveView: () => undefined,
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

describe('the group-by picker offers the bill’s tag keys and cost categories', () => {
	const dimensions = groupByChoices(undefined).length;

	test('Enter on a tag groups the view by that tag', () => {
		const {context: keys, state} = context({kind: 'group-by', cursor: dimensions});
		handleOverlayKey(DEFAULT_KEY_MAP, keys, keyPress('', {return: true}));
		expect(state().overlay).toBeNull();
		expect(state().views[0].groupBy).toEqual({type: 'TAG', key: 'team'});
	});

	test('the cursor reaches the cost category below the tags', () => {
		const {context: keys, state} = context({kind: 'group-by', cursor: 0});
		for (let step = 0; step < dimensions + 5; step++) handleOverlayKey(DEFAULT_KEY_MAP, keys, keyPress('j'));
		handleOverlayKey(DEFAULT_KEY_MAP, keys, keyPress('', {return: true}));
		expect(state().views[0].groupBy).toEqual({type: 'COST_CATEGORY', key: 'Business Unit'});
	});

	test('opened on a view grouped by a tag, the cursor starts on that tag', () => {
		const {context: keys, state} = context(null);
		keys.dispatch({type: 'set-group-by', groupBy: {type: 'TAG', key: 'team'}});
		handleGlobalKey(DEFAULT_KEY_MAP, keys, keyPress('b'));
		expect(state().overlay).toEqual({kind: 'group-by', cursor: dimensions});
	});
});
