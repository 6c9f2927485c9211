import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import {type AppState, currentView, initialAppState, viewGroupBys} from '../source/view/app-state.js';
import {scopeLabel} from '../source/view/account-choices.js';
import {type CostQuery, groupByLabel} from '../source/query.js';
import {formatPeriod} from '../source/dates.js';
import type {TableRow} from '../source/view/table-rows.js';
import {viewExportOf} from '../source/view/view-export-of.js';
import {viewFromLink, viewLinkParameters} from '../source/view/view-link.js';
import {Breadcrumb} from './breadcrumb.js';
import {CostChart} from './cost-chart.js';
import {CostTable} from './cost-table.js';
import {ExportButtons} from './export-buttons.js';
import {Header} from './header.js';
import {HelpPanel} from './help-panel.js';
import {AccountSwitcher} from './account-switcher.js';
import {ChatPanel} from './chat-panel.js';
import {type InsightTab, InsightsPanel} from './insights-panel.js';
import {Toolbar} from './toolbar.js';
import {type Boot, useAccounts} from './use-boot.js';
import {usePageKeys} from './use-page-keys.js';
import {useViewData} from './use-view-data.js';
import {CHART_SERIES, useWebViewModel} from './use-view-model.js';
import {webReducer} from './web-state.js';

/** The view the address names, over the server's day and scope; this month by service when it names none. */
function startState(boot: Boot): {state: AppState; notice: string | undefined} {
	const base = initialAppState({scope: boot.scope, today: boot.today});
	if (location.search === '') return {state: base, notice: undefined};
	const linked = viewFromLink(base, new URLSearchParams(location.search));
	return linked.ok ? {state: linked.state, notice: undefined} : {state: base, notice: linked.message};
}

/** The app's main screen in a browser: header, controls, breadcrumb, chart and table, all from one AppState. */
export function Dashboard({boot, onUnauthorized}: {boot: Boot; onUnauthorized: () => void}) {
	const [start] = useState(() => startState(boot));
	const [state, dispatch] = useReducer(webReducer, start.state, initial => (start.notice === undefined ? initial : {...initial, notice: {text: start.notice, tone: 'error' as const}}));
	const [help, setHelp] = useState(false);
	const [insight, setInsight] = useState<InsightTab | undefined>(undefined);
	const accountSelect = useRef<HTMLSelectElement>(null);
	const chatInput = useRef<HTMLInputElement>(null);
	const accounts = useAccounts();
	const data = useViewData(state);
	const model = useWebViewModel(state, data, accounts);
	const refs = {from: useRef<HTMLInputElement>(null), groupBy: useRef<HTMLSelectElement>(null), filter: useRef<HTMLInputElement>(null)};
	const exportButton = useRef<HTMLButtonElement>(null);
	const table = useRef<HTMLDivElement>(null);

	// The address holds the view: drilling adds a history entry (the browser's Back goes up), other changes replace it.
	const depth = useRef(state.views.length);
	useEffect(() => {
		const search = `?${viewLinkParameters(state).toString()}`;
		if (search === location.search) return;
		if (state.views.length > depth.current) history.pushState(null, '', search);
		else history.replaceState(null, '', search);
		depth.current = state.views.length;
	}, [state]);
	useEffect(() => {
		const onPop = () => {
			const linked = viewFromLink(initialAppState({scope: boot.scope, today: boot.today}), new URLSearchParams(location.search));
			if (linked.ok) {
				depth.current = linked.state.views.length;
				dispatch({type: 'replace', state: linked.state});
			}
		};
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	}, [boot]);

	const unauthorized = (data.current.status === 'failed' && data.current.unauthorized) || (data.previous.status === 'failed' && data.previous.unauthorized);
	useEffect(() => {
		if (unauthorized) onUnauthorized();
	}, [unauthorized, onUnauthorized]);

	usePageKeys(state, model.rows, dispatch, {
		help: () => setHelp(open => !open),
		customPeriod: () => refs.from.current?.focus(),
		changeGroupBy: () => refs.groupBy.current?.focus(),
		filterRows: () => refs.filter.current?.focus(),
		export: () => exportButton.current?.focus(),
		accounts: () => accountSelect.current?.focus(),
		anomalies: () => setInsight('anomalies'),
		chat: () => chatInput.current?.focus(),
		copyCommand: () => {
			void navigator.clipboard?.writeText(location.href).catch(() => undefined);
			dispatch({type: 'notice', notice: {text: `Link to this view: ${location.href}`, tone: 'info'}});
		},
	}, help);

	const drill = useCallback((row: TableRow) => dispatch({type: 'drill', key: row.keys[0] ?? row.key, ...(row.keys[1] === undefined ? {} : {thenKey: row.keys[1]})}), []);
	const cursorTo = useCallback((index: number) => dispatch({type: 'move-cursor', to: index, relative: false, rowCount: model.rows.length}), [model.rows.length]);
	const back = useCallback((levels: number) => {
		for (let level = 0; level < levels; level++) dispatch({type: 'back'});
	}, []);
	const sortBy = useCallback(
		(column: typeof state.sort.column) =>
			dispatch(state.sort.column === column ? {type: 'reverse-sort'} : {type: 'replace', state: {...state, sort: {column, descending: column !== 'label'}}}),
		[state],
	);
	const showQuery = useCallback((query: CostQuery) => {
		dispatch({type: 'show-query', query});
		window.scrollTo({top: 0});
	}, []);
	const label = scopeLabel(state.scope, accounts);
	const grouping = viewGroupBys(currentView(state)).map(groupByLabel).join(', ');
	const failure = data.unaskable ?? (data.current.status === 'failed' ? data.current.message : undefined);
	return (
		<div className="app">
			<Header
				scopeLabel={label}
				period={state.period}
				granularity={state.granularity}
				metric={state.metric}
				live={state.scope.source !== 'demo'}
				estimated={model.current?.estimated ?? false}
			/>
			<div className="scope-bar">
				<AccountSwitcher scope={state.scope} accounts={accounts} onSwitch={scope => dispatch({type: 'switch-scope', scope})} selectRef={accountSelect} />
			</div>
			<Toolbar state={state} dispatch={dispatch} refs={refs} />
			<div className="navbar">
				<Breadcrumb state={state} onBack={back} />
				<ExportButtons view={() => (model.current === undefined ? undefined : viewExportOf(state, model.rows, model.unit, accounts))} today={state.today} firstButton={exportButton} />
				<button type="button" className="help-button" onClick={() => setHelp(true)} aria-label="Keys (?)">
					?
				</button>
			</div>
			<main>
				{failure !== undefined ? (
					<p className="error" role="alert" data-testid="view-error">
						{failure}
					</p>
				) : model.chart === undefined || model.plot === undefined ? (
					<p className="loading" role="status">
						Loading {formatPeriod(state.period)}…
					</p>
				) : (
					<>
						<CostChart
							chart={model.chart}
							plot={model.plot}
							unit={model.unit}
							markedDays={data.markedDays}
							label={`${state.granularity.toLowerCase()} ${state.metric} for ${label}, ${formatPeriod(state.period)}: the total and the top ${CHART_SERIES} by ${grouping}${data.forecast === undefined ? '' : ', with the forecast to the month end and its 80% band'}${data.markedDays !== undefined && data.markedDays.size > 0 ? `; ${data.markedDays.size} day(s) with an anomaly marked ▲` : ''}`}
						/>
						<div ref={table}>
							<CostTable
								rows={model.rows}
								display={model.display}
								cursor={currentView(state).cursor}
								sort={state.sort}
								comparisonLabel={model.comparisonLabel}
								label={`Costs by ${grouping}, ${formatPeriod(state.period)}, compared with ${model.comparisonLabel}`}
								onDrill={drill}
								onCursor={cursorTo}
								onSort={sortBy}
							/>
						</div>
					</>
				)}
				<ChatPanel onQuery={showQuery} inputRef={chatInput} />
				<InsightsPanel tab={insight} onTab={setInsight} state={state} accounts={accounts} onShow={actions => {
						actions.forEach(dispatch);
						setInsight(undefined);
						window.scrollTo({top: 0});
					}} />
			</main>
			<footer className="status" role="status" aria-live="polite" data-testid="status">
				{state.notice?.text ?? (data.previous.status === 'failed' ? `Previous period: ${data.previous.message}` : '')}
			</footer>
			{help ? <HelpPanel onClose={() => setHelp(false)} /> : null}
		</div>
	);
}
