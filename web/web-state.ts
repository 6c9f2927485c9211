import {type AppAction, type AppState, appReducer} from '../source/view/app-state.js';
import {METRICS, type Granularity, type Metric} from '../source/query.js';

/** The app's actions, plus the few a page's controls need: a view from the address bar, a chosen granularity or metric. */
export type WebAction =
	| AppAction
	| {readonly type: 'replace'; readonly state: AppState}
	| {readonly type: 'set-granularity'; readonly granularity: Granularity}
	| {readonly type: 'set-metric'; readonly metric: Metric};

/**
 * The app's reducer (source/view/app-state.ts) does every change; choosing a
 * granularity or metric from a list is that many presses of `t` or `m`, so
 * the app's rules (HOURLY only for the last 14 days) apply unchanged.
 */
export function webReducer(state: AppState, action: WebAction): AppState {
	switch (action.type) {
		case 'replace':
			return action.state;
		case 'set-granularity': {
			let next = state;
			for (let step = 0; step < 3 && next.granularity !== action.granularity; step++) next = appReducer(next, {type: 'cycle-granularity'});
			return next.granularity === action.granularity ? next : {...state, notice: {text: `${action.granularity} does not fit this period (hourly covers the last 14 days).`, tone: 'info'}};
		}
		case 'set-metric': {
			let next = state;
			for (let step = 0; step < METRICS.length && next.metric !== action.metric; step++) next = appReducer(next, {type: 'cycle-metric'});
			return next;
		}
		default:
			return appReducer(state, action);
	}
}
