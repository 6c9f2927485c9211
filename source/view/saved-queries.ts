import {buildQueryRequest, type QueryOptionValues} from '../application/query-request.js';
import {costQueryFor} from '../application/cost-query.js';
import {addDays, type IsoDate} from '../dates.js';
import {oneLineMessage} from '../errors.js';
import {describeQueryKey} from '../history/history-format.js';
import type {QueryRecord, SavedView} from '../history/history-types.js';
import {formatAmount, parseAmount} from '../money.js';
import {type CostQuery, groupByLabel, type Scope} from '../query.js';
import {terminalText} from '../terminal-text.js';
import {filterFlags} from './query-command-line.js';
import {type AppState, appReducer} from './app-state.js';

/** A recorded query as the app's history list shows it, and the view it re-opens (none when its key cannot be read). */
export interface HistoryItem {
	readonly label: string;
	readonly detail: string;
	readonly query: CostQuery | undefined;
}

/** The query a record's canonical key holds, on the account on screen; undefined when the key is not one. */
export function recordQuery(queryKey: string, scope: Scope): CostQuery | undefined {
	try {
		const parsed = JSON.parse(queryKey) as Partial<CostQuery>;
		if (parsed.period?.start === undefined || parsed.period.end === undefined || parsed.granularity === undefined || parsed.metric === undefined) return undefined;
		return {
			period: {start: parsed.period.start, end: parsed.period.end},
			granularity: parsed.granularity,
			metric: parsed.metric,
			groupBy: Array.isArray(parsed.groupBy) ? parsed.groupBy.slice(0, 2) : [],
			...(parsed.filter === undefined ? {} : {filter: parsed.filter}),
			scope,
		};
	} catch {
		return undefined;
	}
}

/** One history row: when and what in short; its total and billable requests as the detail. */
export function historyItemOf(record: QueryRecord, scope: Scope): HistoryItem {
	const when = record.answeredAt.slice(0, 16).replace('T', ' ');
	const total = record.total === null ? record.outcome : formatAmount(parseAmount(record.total), record.unit || 'USD');
	const requests = `${record.billableRequests} billable request${record.billableRequests === 1 ? '' : 's'}`;
	return {
		label: terminalText(`${when}  ${describeQueryKey(record.queryKey)}`),
		detail: terminalText(`${total} · ${requests}`),
		query: recordQuery(record.queryKey, scope),
	};
}

/** The query flags that ask for the view on screen (inclusive dates); undefined when its filter has no `--filter` form. */
export function viewOptionsOf(query: CostQuery): Record<string, string | readonly string[]> | undefined {
	const filters = filterFlags(query.filter);
	if (filters === undefined) return undefined;
	return {
		from: query.period.start,
		to: addDays(query.period.end, -1),
		granularity: query.granularity,
		metric: query.metric,
		...(query.groupBy.length === 0 ? {} : {'group-by': query.groupBy.map(groupByLabel)}),
		...(filters.length === 0 ? {} : {filter: filters}),
	};
}

/**
 * The query a saved view asks for, resolved against the app's today and on
 * the account on screen (the view's own scope flags are the CLI's business).
 */
export function savedViewQuery(view: SavedView, today: IsoDate, scope: Scope): {ok: true; query: CostQuery} | {ok: false; message: string} {
	try {
		const request = buildQueryRequest({...(view.options as QueryOptionValues), today}, {});
		return {ok: true, query: costQueryFor(request, scope)};
	} catch (error) {
		return {ok: false, message: `View ${view.name}: ${oneLineMessage(error)}`};
	}
}

/** The app's state opened on a saved view (`aws-cost --view NAME`): Back returns to the usual start. */
export function openedOnView(state: AppState, view: SavedView): AppState {
	const opened = savedViewQuery(view, state.today, state.scope);
	if (!opened.ok) return {...state, notice: {text: opened.message, tone: 'error'}};
	return appReducer(state, {type: 'show-query', query: opened.query, from: `View ${view.name}`});
}
