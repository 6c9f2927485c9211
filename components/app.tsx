import {useApp, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {AppActionsContext, type AppActions, AppStateContext, ViewModelContext} from '../hooks/app-context.js';
import {useAccounts} from '../hooks/use-accounts.js';
import {useAppKeys} from '../hooks/use-app-keys.js';
import {useGroupByChoices} from '../hooks/use-group-by-choices.js';
import {type FetchedView, useCostView} from '../hooks/use-cost-view.js';
import {type EngineState, type OpenedEngine, useEngine} from '../hooks/use-engine.js';
import {InsightsContext, useInsights} from '../hooks/use-insights.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useViewModelOf} from '../hooks/use-view-model.js';
import {useSessionStats} from '../hooks/use-session-stats.js';
import {useSavedQueries} from '../hooks/use-saved-queries.js';
import {openedOnView, savedViewQuery} from '../source/view/saved-queries.js';
import type {SavedView} from '../source/history/history-types.js';
import {useToday} from '../hooks/use-today.js';
import type {Budget} from '../source/analysis/budgets.js';
import type {Clock} from '../source/clock.js';
import type {CostEngine} from '../source/engine.js';
import type {IsoDate} from '../source/dates.js';
import type {Scope} from '../source/query.js';
import type {Settings} from '../source/settings.js';
import {type AccountChoice, accountChoices, scopeLabel} from '../source/view/account-choices.js';
import {anomalyCauseActions} from '../source/view/anomaly-list.js';
import {PANES, type Pane, drillSteps, initialAppState, viewComparison, viewQuery} from '../source/view/app-state.js';
import {createRowsSelector} from '../source/view/rows-selector.js';
import {canonicalKey} from '../source/canonical.js';
import {useAppStore} from '../hooks/use-app-store.js';
import {EXPORT_FORMATS, type ExportFormat, writeExport} from '../source/view/export-view.js';
import {usePluginFormats} from '../hooks/use-plugin-formats.js';
import {chatOriginLabel} from '../source/view/chat-view.js';
import {breadcrumbParts} from '../source/view/drill.js';
import {screenLayout} from '../source/view/layout.js';
import {queryCommandLine} from '../source/view/query-command-line.js';
import {clipboardSequence} from '../source/cli/terminal-screen.js';
import {type ChatSetup, OFFLINE_CHAT} from '../source/view/chat-setup.js';
import {ChatSession} from './chat-session.js';
import {Layout} from './layout.js';

export interface AppProps {
	readonly engineFor: (scope: Scope) => Promise<CostEngine>;
	readonly initialScope: Scope;
	readonly today: IsoDate;
	/** Where today comes from while the app runs: it moves to the new day overnight unless pinned. */
	readonly clock?: Clock;
	readonly settings: Settings;
	readonly listProfiles?: () => Promise<string[]>;
	/** Where exports go; the settings' exportDir or the current directory. */
	readonly exportDirectory: string;
	/** Called when the user picks another profile, to remember it. */
	readonly onProfileChosen?: (profile: string) => void;
	/** A one-line problem to show at start (bad settings). */
	readonly startupNotice?: string;
	/** Budgets from the settings file; the most urgent shows in the header. */
	readonly budgets?: readonly Budget[];
	/** Who answers chat questions; the offline parser alone when absent. */
	readonly chat?: ChatSetup;
	/** Why the app shows the demo organization when it was not asked to. */
	readonly demoReason?: string;
	/** The engine already opened while the app loaded; used when it is for the scope on screen. */
	readonly openedEngine?: OpenedEngine;
	/** Loads the settings' plugins and lists the formats they add; called when the export list first opens. */
	readonly loadPluginFormats?: () => Promise<readonly string[]>;
	/** The first view's figures, fetched with that engine before the app started (see loadFirstView). */
	readonly firstView?: FetchedView;
	/** `--view NAME`: the saved view the app opens on. */
	readonly initialView?: SavedView;
}

const noBudgets: readonly Budget[] = [];
const panesWithoutChat: readonly Pane[] = PANES.filter(pane => pane !== 'chat');

/**
 * The container: owns the app state (one reducer), runs the view through the
 * hooks, and publishes state, actions and figures through contexts.
 */
export function App(props: AppProps) {
	const {initialScope, settings, listProfiles, exportDirectory, onProfileChosen} = props;
	const today = useToday(props.clock, props.today);
	// A new function each day: the engine is opened again, for the new day.
	const engineFor = useCallback((scope: Scope) => props.engineFor(scope), [props.engineFor, today]); // eslint-disable-line react-hooks/exhaustive-deps -- today is the point: a new engine each day
	const {exit} = useApp();
	const {state, getState, dispatch} = useAppStore(() => {
		const start = initialAppState({scope: initialScope, today, drillPath: settings.drillPath});
		const initial = props.initialView === undefined ? start : openedOnView(start, props.initialView);
		return props.startupNotice === undefined ? initial : {...initial, notice: {text: props.startupNotice, tone: 'error' as const}};
	});
	useEffect(() => {
		if (state.today !== today) dispatch({type: 'new-day', today});
	}, [today, state.today, dispatch]);
	const [selectRows] = useState(createRowsSelector);
	const size = useTerminalSize();
	const engineState = useEngine(engineFor, state.scope, props.openedEngine);
	const query = useMemo(() => viewQuery(state), [state.period, state.granularity, state.metric, state.views, state.scope]); // eslint-disable-line react-hooks/exhaustive-deps -- viewQuery reads only these fields; `state` changes on every key press
	const comparison = viewComparison(state);
	const costView = useCostView(engineState, query, comparison, state.refreshToken, props.firstView);
	// Account names are wanted for the picker and for any view grouped by account.
	const groupedByAccount = state.views.some(view => view.groupBy.type === 'DIMENSION' && view.groupBy.key === 'LINKED_ACCOUNT');
	const choices = useAccounts(engineState, listProfiles, state.overlay?.kind === 'accounts' || groupedByAccount);
	const groupBy = useGroupByChoices(engineState, state.period, state.overlay?.kind === 'group-by');
	const stats = useSessionStats(engineState);
	const model = useViewModelOf(state, costView, stats, choices.accounts, settings.chartSeries, selectRows);
	const visibleChoices = useMemo(
		() => accountChoices(state.scope, choices.profiles, choices.accounts, state.overlay?.kind === 'accounts' ? state.overlay.query : ''),
		[state.scope, choices, state.overlay],
	);

	// The view on screen goes first: forecasts and anomaly markers wait until its figures are in.
	const viewLoading = costView.status === 'loading';
	const insightsEngine = useMemo(
		(): EngineState => (viewLoading ? {status: 'opening', scope: engineState.scope} : engineState),
		[viewLoading, engineState],
	);
	const insights = useInsights(insightsEngine, state, choices.accounts, props.budgets ?? noBudgets);

	const pluginFormats = usePluginFormats(props.loadPluginFormats, state.overlay?.kind === 'export');
	const exportFormats = useMemo((): readonly ExportFormat[] => [...EXPORT_FORMATS, ...pluginFormats], [pluginFormats]);
	const latest = useRef({state, model, insights, costView});
	latest.current = {state, model, insights, costView};
	const exportView = useCallback(
		(format: ExportFormat) => {
			const {state: now, model: figures, costView: shown} = latest.current;
			if (figures.view.status !== 'ready') return;
			const origin = chatOriginLabel(now);
			const view = {
				scope: scopeLabel(now.scope, figures.accounts),
				query: viewQuery(now),
				comparison: viewComparison(now),
				path: [...(origin === undefined ? [] : [origin]), ...breadcrumbParts(drillSteps(now))].join(' › '),
				filterText: now.filterText,
				sort: now.sort,
				columns: now.columns,
				rows: figures.rows,
				unit: figures.unit,
				...(shown.status === 'ready' ? {result: shown.current} : {}),
			};
			void writeExport(view, format, exportDirectory).then(outcome => {
				dispatch({
					type: 'notice',
					notice: outcome.ok ? {text: `Exported to ${outcome.path}`, tone: 'info'} : {text: outcome.message, tone: 'error'},
				});
			});
		},
		[exportDirectory, dispatch],
	);
	const {stdout} = useStdout();
	const copyCommand = useCallback(() => {
		const line = queryCommandLine(viewQuery(latest.current.state));
		if (line === undefined) {
			dispatch({type: 'notice', notice: {text: 'This view’s filter has no `aws-cost query --filter` form.', tone: 'error'}});
			return;
		}
		stdout.write(clipboardSequence(line));
		dispatch({type: 'notice', notice: {text: `Copied: ${line}`, tone: 'info'}});
	}, [stdout, dispatch]);
	const switchScope = useCallback(
		(choice: AccountChoice) => {
			dispatch({type: 'switch-scope', scope: choice.scope});
			if (choice.scope.profile !== undefined && choice.scope.account === undefined) onProfileChosen?.(choice.scope.profile);
		},
		[onProfileChosen, dispatch],
	);
	const showAnomalyCause = useCallback(
		(index: number) => {
			const {state: now, insights: shown} = latest.current;
			const anomaly = shown.anomalies[index];
			if (anomaly === undefined) return;
			for (const action of anomalyCauseActions(anomaly, {metric: now.metric, scope: now.scope})) dispatch(action);
		},
		[dispatch],
	);
	const saved = useSavedQueries(state.overlay?.kind, state.scope);
	const latestSaved = useRef(saved);
	latestSaved.current = saved;
	const openHistoryItem = useCallback(
		(index: number) => {
			const item = latestSaved.current.history[index];
			if (item === undefined) return;
			if (item.query === undefined) dispatch({type: 'notice', notice: {text: 'That record’s query cannot be read: it was not re-opened.', tone: 'error'}});
			else dispatch({type: 'show-query', query: item.query, from: 'History'});
		},
		[dispatch],
	);
	const openSavedView = useCallback(
		(index: number) => {
			const view = latestSaved.current.views[index];
			if (view === undefined) return;
			const {state: now} = latest.current;
			const opened = savedViewQuery(view, now.today, now.scope);
			if (opened.ok) dispatch({type: 'show-query', query: opened.query, from: `View ${view.name}`});
			else dispatch({type: 'notice', notice: {text: opened.message, tone: 'error'}});
		},
		[dispatch],
	);
	const saveView = useCallback(
		(name: string) => {
			if (name.trim() === '') {
				dispatch({type: 'open-overlay', overlay: {kind: 'save-view', text: name, error: 'Type a name first.'}});
				return;
			}
			void latestSaved.current.saveView(name, viewQuery(latest.current.state)).then(problem => {
				if (problem === undefined) {
					dispatch({type: 'close-overlay'});
					dispatch({type: 'notice', notice: {text: `Saved the view as "${name.trim()}" (aws-cost query --view, v).`, tone: 'info'}});
				} else dispatch({type: 'open-overlay', overlay: {kind: 'save-view', text: name, error: problem}});
			});
		},
		[dispatch],
	);
	const actions: AppActions = useMemo(() => ({dispatch, quit: () => exit(), exportView}), [dispatch, exit, exportView]);

	const layout = screenLayout(size.columns, size.rows, state.overlay?.kind === 'filter' || state.filterText !== '');
	const renderedQueryKey = canonicalKey(query);
	useAppKeys({
		getState,
		rowsFor: next =>
			canonicalKey(viewQuery(next)) === renderedQueryKey ? selectRows(model.built, next.sort, next.filterText) : [],
		pageSize: layout?.tableVisibleRows ?? 10,
		panes: layout !== undefined && layout.chatWidth === 0 ? panesWithoutChat : PANES,
		accountChoicesFor: next =>
			accountChoices(next.scope, choices.profiles, choices.accounts, next.overlay?.kind === 'accounts' ? next.overlay.query : ''),
		groupByChoices: groupBy.choices,
		canExport: costView.status === 'ready',
		exportFormats,
		groupsByResource: engineState.status === 'ready' && engineState.engine.capabilities.limits.groupsByResource === true,
		dispatch,
		quit: actions.quit,
		exportView,
		copyCommand,
		switchScope,
		anomalyCount: insights.anomalies.length,
		showAnomalyCause,
		historyCount: saved.history.length,
		savedViewCount: saved.views.length,
		openHistoryItem,
		openSavedView,
		saveView,
	});

	const accountsNote = choices.loading ? 'Loading profiles and accounts…' : choices.problems.join(' · ') || undefined;
	return (
		<AppStateContext.Provider value={state}>
			<AppActionsContext.Provider value={actions}>
				<ViewModelContext.Provider value={model}>
					<InsightsContext.Provider value={insights}>
						<ChatSession setup={props.chat ?? OFFLINE_CHAT} engineState={engineState} view={query} dispatch={dispatch} active={state.focus === 'chat'}>
							<Layout size={size} savedQueries={saved} accountChoices={visibleChoices} accountsNote={accountsNote} groupByChoices={groupBy} exportDirectory={exportDirectory} exportFormats={exportFormats} demoReason={props.demoReason} />
						</ChatSession>
					</InsightsContext.Provider>
				</ViewModelContext.Provider>
			</AppActionsContext.Provider>
		</AppStateContext.Provider>
	);
}
