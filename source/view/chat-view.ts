import {filterLabel, queryLabel} from '../assistant/tools/describe-query.js';
import type {Period} from '../dates.js';
import type {CostQuery, Expression, Granularity, Metric} from '../query.js';
import type {AppState, ViewFrame} from './app-state.js';

/** A view the chat opened: its query's own filter, and what Back restores. */
export interface ChatOrigin {
	readonly filter?: Expression;
	/** What the query asked, in a line ("Amazon EC2 by REGION, 2026-02"). */
	readonly label: string;
	/** Who put it on screen, for the breadcrumb: "Chat", or another part of the app. */
	readonly from: string;
	readonly restore: {readonly period: Period; readonly granularity: Granularity; readonly metric: Metric};
}

/**
 * Shows a query a chat answer ran: its period, granularity, metric,
 * group-bys (up to two) and filter, as a frame pushed over the drill-down so Back returns
 * to the view the person had. A second chat query replaces the first
 * instead of stacking on it.
 */
export function showChatQuery(state: AppState, query: CostQuery, from = 'Chat'): AppState {
	const chatIndex = state.views.findLastIndex(view => view.origin !== undefined);
	const base = chatIndex === -1 ? state.views : state.views.slice(0, chatIndex);
	const restore = chatIndex === -1 ? {period: state.period, granularity: state.granularity, metric: state.metric} : state.views[chatIndex]!.origin!.restore;
	const groupBy = query.groupBy[0] ?? (base.at(-1) ?? state.views[0]).groupBy;
	const thenBy = query.groupBy[1];
	const frame: ViewFrame = {
		groupBy,
		...(thenBy === undefined ? {} : {thenBy}),
		cursor: 0,
		origin: {
			...(query.filter === undefined ? {} : {filter: query.filter}),
			label: queryLabel(query),
			from,
			restore,
		},
	};
	return {
		...state,
		period: query.period,
		granularity: query.granularity,
		metric: query.metric,
		views: [...base, frame] as unknown as AppState['views'],
		filterText: '',
		overlay: null,
		notice: null,
	};
}

/** The breadcrumb's root while a shown query is on screen: "Chat: Amazon EC2". */
export function chatOriginLabel(state: AppState): string | undefined {
	const origin = state.views.findLast(view => view.origin !== undefined)?.origin;
	return origin === undefined ? undefined : `${origin.from}: ${filterLabel(origin.filter) ?? 'all costs'}`;
}
