import {runWithPrevious} from '../source/application/period-with-previous.js';
import type {CostEngine} from '../source/engine.js';
import {oneLineMessage} from '../source/errors.js';
import {type AppState, viewComparison, viewQuery} from '../source/view/app-state.js';
import {type FetchedView, costViewKey} from './use-cost-view.js';

/**
 * The first view's figures, asked for before React and Ink start, when they
 * arrive within `waitMs` (a warm cache, the demo): the app's first frame then
 * shows them, instead of a "Loading…" frame that costs a whole screen to draw
 * only to be replaced. Later, or on failure, it is undefined, and the app's own
 * run of the same query joins this one (the engine shares identical runs in
 * flight), so nothing is asked twice.
 */
export async function loadFirstView(engine: CostEngine, state: AppState, waitMs: number): Promise<FetchedView | undefined> {
	const query = viewQuery(state);
	const comparison = viewComparison(state);
	// The options useCostView runs with, so that its run is the same flight.
	const {current, previous} = runWithPrevious(engine, query, {comparison, allowStale: true});
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<undefined>(resolve => {
		timer = setTimeout(resolve, waitMs, undefined);
	});
	const settled = await Promise.race([Promise.allSettled([current, previous]), late]);
	clearTimeout(timer);
	if (settled === undefined) return undefined;
	const [currentOutcome, previousOutcome] = settled;
	if (currentOutcome.status === 'rejected') return undefined;
	const result = currentOutcome.value;
	return {
		key: costViewKey(query, comparison, state.refreshToken),
		current: result,
		...(previousOutcome.status === 'fulfilled' ? {previous: previousOutcome.value} : {previousMessage: oneLineMessage(previousOutcome.reason)}),
		progress: {pages: result.stats.pages, rows: result.rows.length},
	};
}
