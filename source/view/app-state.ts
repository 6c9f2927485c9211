import {type IsoDate, type Period, comparisonPeriod} from '../dates.js';
import {isCostError} from '../errors.js';
import {type CostQuery, type Granularity, type GroupBy, type GroupDimension, type Metric, type Scope, groupByLabel} from '../query.js';
import {type ChatOrigin, showChatQuery} from './chat-view.js';
import {parsePeriodEntry, periodEntryGranularity} from './period-entry.js';
import {validateQuery} from '../validate.js';
import {DEFAULT_DRILL_PATH, type DrillStep, drillFilter, nextDrillGroupBy} from './drill.js';
import {sameGroupBy} from './group-by-choices.js';
import {type SortColumn, type SortOrder, nextSortColumn} from './table-rows.js';
import {moveToDay} from './new-day.js';
import {type KeyPreset, granularityFits, nextGranularity, nextMetric, presetPeriod, shiftViewPeriod} from './view-options.js';

export const PANES = ['chart', 'table', 'chat'] as const;
export type Pane = (typeof PANES)[number];

/** Which columns the table shows: `full` adds previous period and change. */
export const COLUMN_SETS = ['full', 'compact'] as const;
export type ColumnSet = (typeof COLUMN_SETS)[number];

/** One level of the drill-down: how it groups, where its cursor was, how we got here. */
export interface ViewFrame {
	readonly groupBy: GroupBy;
	/** A second group-by: rows are key pairs ("EC2 · us-east-1"). */
	readonly thenBy?: GroupBy;
	readonly cursor: number;
	/** The step that narrowed the parent into this view; absent at the top. */
	readonly via?: DrillStep;
	/** The parent's second key, when it was grouped two ways. */
	readonly viaThen?: DrillStep;
	/** Set on a view a chat answer opened; the drill-down below it does not apply. */
	readonly origin?: ChatOrigin;
}

export type Overlay =
	| {readonly kind: 'help'}
	| {readonly kind: 'accounts'; readonly query: string; readonly cursor: number}
	| {readonly kind: 'group-by'; readonly cursor: number}
	| {readonly kind: 'export'; readonly cursor: number}
	/** `confirmed`: the person said yes to a billed scan (see scanNeedsConfirm). */
	| {readonly kind: 'anomalies'; readonly cursor: number; readonly confirmed?: boolean}
	| {readonly kind: 'filter'}
	/** The `:` prompt for a period; `error` is why the last Enter was refused. */
	| {readonly kind: 'period'; readonly text: string; readonly error?: string}
	/** The recorded queries (H), newest first; Enter re-opens one. */
	| {readonly kind: 'history'; readonly cursor: number}
	/** The saved views (v); Enter opens one. */
	| {readonly kind: 'views'; readonly cursor: number}
	/** The prompt naming the view on screen to save it; `error` is why the last Enter was refused. */
	| {readonly kind: 'save-view'; readonly text: string; readonly error?: string};

export interface Notice {
	readonly text: string;
	readonly tone: 'info' | 'error';
}

export interface AppState {
	readonly scope: Scope;
	readonly today: IsoDate;
	readonly period: Period;
	/**
	 * What the previous column compares with when a query put on screen named
	 * it (an anomaly's baseline, a chat answer's comparison); null for the
	 * period's usual comparison (see viewComparison).
	 */
	readonly comparison: Period | null;
	readonly granularity: Granularity;
	readonly metric: Metric;
	/** Never empty: the last frame is the view on screen. */
	readonly views: readonly [ViewFrame, ...ViewFrame[]];
	readonly drillPath: readonly GroupDimension[];
	readonly sort: SortOrder;
	readonly columns: ColumnSet;
	readonly filterText: string;
	readonly focus: Pane;
	readonly overlay: Overlay | null;
	readonly chartFollowsCursor: boolean;
	/** Bumped by `r`: the next request skips the cache. */
	readonly refreshToken: number;
	readonly notice: Notice | null;
}

export type AppAction =
	| {readonly type: 'move-cursor'; readonly to: number | 'top' | 'bottom'; readonly relative: boolean; readonly rowCount: number}
	/** `thenKey`: the row's second key, in a view grouped two ways; `groupsByResource`: the source has line items (see nextDrillGroupBy). */
	| {readonly type: 'drill'; readonly key: string; readonly thenKey?: string; readonly groupsByResource?: boolean}
	| {readonly type: 'back'}
	| {readonly type: 'shift-period'; readonly steps: number}
	| {readonly type: 'preset'; readonly preset: KeyPreset}
	| {readonly type: 'cycle-granularity'}
	| {readonly type: 'cycle-metric'}
	/** Groups by one dimension (dropping a second). */
	| {readonly type: 'set-group-by'; readonly groupBy: GroupBy}
	/** Adds a second group-by under the first; null drops it. */
	| {readonly type: 'set-then-by'; readonly groupBy: GroupBy | null}
	| {readonly type: 'cycle-sort'}
	| {readonly type: 'reverse-sort'}
	| {readonly type: 'cycle-columns'}
	/** `panes`: the ones on screen (the chat pane goes when the terminal is narrow). */
	| {readonly type: 'focus'; readonly step: 1 | -1; readonly panes?: readonly Pane[]}
	| {readonly type: 'focus-pane'; readonly pane: Pane}
	/** Chart and table show a query (a chat answer's; `from` names who else, for the breadcrumb). */
	| {readonly type: 'show-query'; readonly query: CostQuery; readonly from?: string; readonly comparison?: Period}
	| {readonly type: 'toggle-chart-follows-cursor'}
	| {readonly type: 'refresh'}
	| {readonly type: 'open-overlay'; readonly overlay: Overlay}
	| {readonly type: 'close-overlay'}
	| {readonly type: 'overlay-cursor'; readonly step: number; readonly count: number}
	| {readonly type: 'type-text'; readonly text: string}
	| {readonly type: 'erase-text'}
	| {readonly type: 'set-filter-text'; readonly text: string}
	/** Enter in the `:` prompt: its text becomes the period, or the prompt stays open saying why not. */
	| {readonly type: 'apply-period-entry'}
	| {readonly type: 'switch-scope'; readonly scope: Scope}
	| {readonly type: 'notice'; readonly notice: Notice | null}
	/** The clock moved to another day (see moveToDay). */
	| {readonly type: 'new-day'; readonly today: IsoDate};

export interface InitialStateOptions {
	readonly scope: Scope;
	readonly today: IsoDate;
	readonly drillPath?: readonly GroupDimension[];
	readonly preset?: KeyPreset;
}

export function initialAppState(options: InitialStateOptions): AppState {
	const drillPath = options.drillPath !== undefined && options.drillPath.length > 0 ? options.drillPath : DEFAULT_DRILL_PATH;
	return {
		scope: options.scope,
		today: options.today,
		period: presetPeriod(options.preset ?? 'this-month', options.today),
		comparison: null,
		granularity: presetGranularity(options.preset ?? 'this-month'),
		metric: 'UnblendedCost',
		views: [{groupBy: {type: 'DIMENSION', key: drillPath[0]!}, cursor: 0}],
		drillPath,
		sort: {column: 'amount', descending: true},
		columns: 'full',
		filterText: '',
		focus: 'table',
		overlay: null,
		chartFollowsCursor: false,
		refreshToken: 0,
		notice: null,
	};
}

/** The view on screen. */
export function currentView(state: AppState): ViewFrame {
	return state.views[state.views.length - 1]!;
}

/** A view's group-bys, in order: one, or two when it has a second. */
export function viewGroupBys(view: ViewFrame): readonly GroupBy[] {
	return view.thenBy === undefined ? [view.groupBy] : [view.groupBy, view.thenBy];
}

/** The steps taken from the top to the view on screen. */
export function drillSteps(state: AppState): DrillStep[] {
	const chatIndex = state.views.findLastIndex(view => view.origin !== undefined);
	return state.views.slice(chatIndex + 1).flatMap(view => [view.via, view.viaThen].filter(step => step !== undefined));
}

/** The query behind the view on screen. */
export function viewQuery(state: AppState): CostQuery {
	const drilled = drillFilter(drillSteps(state));
	const chatFilter = state.views.findLast(view => view.origin !== undefined)?.origin?.filter;
	const filter = chatFilter === undefined ? drilled : drilled === undefined ? chatFilter : {And: [chatFilter, drilled]};
	return {
		period: state.period,
		granularity: state.granularity,
		metric: state.metric,
		groupBy: viewGroupBys(currentView(state)),
		...(filter === undefined ? {} : {filter}),
		scope: state.scope,
	};
}

/** The period the previous column shows: the one named with the view, else the same days before. */
export function viewComparison(state: AppState): Period {
	return state.comparison ?? comparisonPeriod(state.period);
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

function withCurrentView(state: AppState, change: (view: ViewFrame) => ViewFrame): AppState {
	const views = [...state.views.slice(0, -1), change(currentView(state))] as unknown as AppState['views'];
	return {...state, views};
}

/** A fresh view resets the cursor and the text filter: old positions mean nothing there. */
const resetRows = (state: AppState): AppState => ({...withCurrentView(state, view => ({...view, cursor: 0})), filterText: ''});

/** The one place app state changes. Pure: no I/O, no time, no randomness. */
export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'move-cursor': {
			const last = Math.max(0, action.rowCount - 1);
			return withCurrentView(state, view => {
				const target =
					action.to === 'top' ? 0 : action.to === 'bottom' ? last : action.relative ? view.cursor + action.to : action.to;
				return {...view, cursor: clamp(target, 0, last)};
			});
		}
		case 'drill': {
			const view = currentView(state);
			const viaThen = view.thenBy === undefined || action.thenKey === undefined ? undefined : {groupBy: view.thenBy, key: action.thenKey};
			const steps = [...drillSteps(state), ...(viaThen === undefined ? [] : [viaThen])];
			const next = nextDrillGroupBy(state.drillPath, view.groupBy, steps, action.groupsByResource === true);
			if (next === undefined) return {...state, notice: {text: 'Already at the deepest level of the drill path.', tone: 'info'}};
			const frame: ViewFrame = {groupBy: next, cursor: 0, via: {groupBy: view.groupBy, key: action.key}, ...(viaThen === undefined ? {} : {viaThen})};
			return {...state, views: [...state.views, frame], filterText: '', notice: null};
		}
		case 'back': {
			if (state.views.length === 1) return state;
			const {origin} = currentView(state);
			const restored = origin === undefined ? {} : {...origin.restore, comparison: null};
			return {...state, ...restored, views: state.views.slice(0, -1) as unknown as AppState['views'], filterText: '', notice: null};
		}
		case 'shift-period': {
			const shift = shiftViewPeriod(state.period, action.steps, state.today);
			if (!shift.ok) return {...state, notice: {text: shift.reason, tone: 'info'}};
			return withPeriod(state, shift.period);
		}
		case 'preset': {
			const granularity = presetGranularity(action.preset, state.granularity);
			return withPeriod({...state, granularity}, presetPeriod(action.preset, state.today));
		}
		case 'cycle-granularity':
			return resetRows({...state, granularity: nextGranularity(state.granularity, state.period, state.today), notice: null});
		case 'cycle-metric':
			return resetRows({...state, metric: nextMetric(state.metric), notice: null});
		case 'set-group-by':
			return resetRows({...withCurrentView(state, ({thenBy: _dropped, ...view}) => ({...view, groupBy: action.groupBy})), overlay: null, notice: null});
		case 'set-then-by': {
			const {groupBy} = action;
			if (groupBy !== null && sameGroupBy(groupBy, currentView(state).groupBy)) {
				return {...state, notice: {text: `Already grouped by ${groupByLabel(groupBy)}: pick another to add as the second.`, tone: 'info'}};
			}
			const change = ({thenBy: _dropped, ...view}: ViewFrame): ViewFrame => (groupBy === null ? view : {...view, thenBy: groupBy});
			return resetRows({...withCurrentView(state, change), overlay: null, notice: null});
		}
		case 'cycle-sort':
			return {...state, sort: {...state.sort, column: nextSortColumn(state.sort.column)}};
		case 'reverse-sort':
			return {...state, sort: {...state.sort, descending: !state.sort.descending}};
		case 'cycle-columns':
			return {...state, columns: state.columns === 'full' ? 'compact' : 'full'};
		case 'focus': {
			const panes = action.panes !== undefined && action.panes.length > 0 ? action.panes : PANES;
			const index = Math.max(0, panes.indexOf(state.focus));
			return {...state, focus: panes[(index + action.step + panes.length) % panes.length]!};
		}
		case 'focus-pane':
			return {...state, focus: action.pane};
		case 'show-query':
			return {...showChatQuery(state, action.query, action.from), comparison: action.comparison ?? null};
		case 'toggle-chart-follows-cursor':
			return {...state, chartFollowsCursor: !state.chartFollowsCursor};
		case 'refresh':
			return {...state, refreshToken: state.refreshToken + 1, notice: null};
		case 'open-overlay':
			return {...state, overlay: action.overlay, notice: null};
		case 'close-overlay':
			return {...state, overlay: null};
		case 'overlay-cursor': {
			const {overlay} = state;
			if (overlay === null || !('cursor' in overlay)) return state;
			const cursor = clamp(overlay.cursor + action.step, 0, Math.max(0, action.count - 1));
			return {...state, overlay: {...overlay, cursor}};
		}
		case 'type-text':
		case 'erase-text': {
			// Typing is applied here, not by the key handler, so keys that arrive
			// before the next render still append in order.
			const edit = (text: string) => (action.type === 'type-text' ? text + action.text : [...text].slice(0, -1).join(''));
			if (state.overlay?.kind === 'accounts') return {...state, overlay: {...state.overlay, query: edit(state.overlay.query), cursor: 0}};
			if (state.overlay?.kind === 'filter') return appReducer(state, {type: 'set-filter-text', text: edit(state.filterText)});
			if (state.overlay?.kind === 'period') return {...state, overlay: {kind: 'period', text: edit(state.overlay.text)}};
			if (state.overlay?.kind === 'save-view') return {...state, overlay: {kind: 'save-view', text: edit(state.overlay.text)}};
			return state;
		}
		case 'apply-period-entry': {
			if (state.overlay?.kind !== 'period') return state;
			const entry = parsePeriodEntry(state.overlay.text, state.today);
			if (!entry.ok) return {...state, overlay: {...state.overlay, error: entry.message}};
			const next = withPeriod({...state, overlay: null, granularity: periodEntryGranularity(entry.period, state.granularity)}, entry.period);
			// Past today or the 13 months kept: refused here, in the prompt, with the CLI's words.
			const refusal = queryRefusal(viewQuery(next), state.today);
			return refusal === undefined ? next : {...state, overlay: {...state.overlay, error: refusal}};
		}
		case 'set-filter-text':
			return {...withCurrentView(state, view => ({...view, cursor: 0})), filterText: action.text};
		case 'switch-scope': {
			// Keys drilled into in one account may not exist in another: start at the top.
			const top = state.views[0];
			return {...state, scope: action.scope, views: [{...top, cursor: 0}], comparison: null, filterText: '', overlay: null, notice: null};
		}
		case 'new-day':
			return moveToDay(state, action.today);
		case 'notice':
			return {...state, notice: action.notice};
	}
}

function queryRefusal(query: CostQuery, today: IsoDate): string | undefined {
	try {
		validateQuery(query, today);
		return undefined;
	} catch (error) {
		if (isCostError(error) && error.kind === 'bad-input') return error.message;
		throw error;
	}
}

function withPeriod(state: AppState, period: Period): AppState {
	const granularity = granularityFits(state.granularity, period, state.today) ? state.granularity : 'DAILY';
	return resetRows({...state, period, comparison: null, granularity, notice: null});
}

/** Months are read month by month; the shorter presets by day (or by hour where chosen). */
function presetGranularity(preset: KeyPreset, current: Granularity = 'DAILY'): Granularity {
	if (preset === 'last-3-months' || preset === 'last-12-months') return 'MONTHLY';
	return current === 'MONTHLY' ? 'DAILY' : current;
}

export type {SortColumn};
