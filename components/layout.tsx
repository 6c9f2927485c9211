import {Box} from 'ink';
import {useKeyRouting} from '../hooks/key-router-context.js';
import {useAppState, useViewModel} from '../hooks/app-context.js';
import {useInsightsOnScreen} from '../hooks/use-insights.js';
import {useChatStatus} from '../hooks/use-chat-context.js';
import {chatOriginLabel} from '../source/view/chat-view.js';
import type {TerminalSize} from '../hooks/use-terminal-size.js';
import {scopeLabel} from '../source/view/account-choices.js';
import {currentView, drillSteps} from '../source/view/app-state.js';
import type {AccountChoice} from '../source/view/account-choices.js';
import {footerHints, keyHint} from '../source/view/key-hints.js';
import {type KeyMap, primaryKey} from '../source/view/key-map.js';
import {screenLayout} from '../source/view/layout.js';
import {Breadcrumb} from './breadcrumb.js';
import {ChartPane} from './chart-pane.js';
import {ChatPane} from './chat-pane.js';
import {CostTable} from './cost-table.js';
import {Header} from './header.js';
import type {GroupByChoices} from '../hooks/use-group-by-choices.js';
import {OverlayPane} from './overlay-pane.js';
import {type StatusMessage, StatusBar} from './status-bar.js';
import {TooSmall} from './too-small.js';
import type {ExportFormat} from '../source/view/export-view.js';
import type {SavedQueries} from '../hooks/use-saved-queries.js';

export interface LayoutProps {
	readonly size: TerminalSize;
	readonly accountChoices: readonly AccountChoice[];
	readonly accountsNote: string | undefined;
	readonly groupByChoices: GroupByChoices;
	readonly exportDirectory: string;
	readonly exportFormats: readonly ExportFormat[];
	/** Why the app opened the demo organization, when it was not asked to (no credentials found). */
	readonly demoReason?: string | undefined;
	/** The history and saved views lists (H, v), once read. */
	readonly savedQueries?: Pick<SavedQueries, 'history' | 'views' | 'note'>;
}

/** Picks what goes where; the root never exceeds the terminal. */
export function Layout({size, accountChoices, accountsNote, groupByChoices, exportDirectory, exportFormats, demoReason, savedQueries}: LayoutProps) {
	const state = useAppState();
	const model = useViewModel();
	const insights = useInsightsOnScreen();
	const {keyMap} = useKeyRouting();
	const chatStatus = useChatStatus();
	const filterShown = state.overlay?.kind === 'filter' || state.filterText !== '';
	const layout = screenLayout(size.columns, size.rows, filterShown);
	if (layout === undefined) return <TooSmall columns={size.columns} rows={size.rows} quitKey={primaryKey(keyMap, 'quit')} />;

	const view = currentView(state);
	const {view: costView} = model;
	const paneMessage =
		costView.status === 'loading' ? 'Loading…' : costView.status === 'failed' ? costView.message : undefined;
	const tableMessage =
		paneMessage ??
		(model.rows.length === 0
			? state.filterText === ''
				? 'No costs in this period for this view.'
				: `No rows match "${state.filterText}".`
			: undefined);
	const estimated = costView.status === 'ready' && costView.current.estimated;
	const hintText = footerHints(keyMap, state.focus, state.overlay);
	// Below the width for three panes, the chat pane takes the others' place while it has focus.
	const chatInPlace = layout.chatWidth === 0 && state.focus === 'chat';
	const demoNote = state.scope.source === 'demo' ? demoReason : undefined;

	return (
		<Box width={layout.columns} height={layout.height} flexDirection="column" overflowY="hidden">
			<Header
				width={layout.columns}
				scopeLabel={scopeLabel(state.scope, model.accounts)}
				period={state.period}
				granularity={state.granularity}
				metric={state.metric}
				live={state.scope.source === 'aws'}
				estimated={estimated}
				budget={insights.budget}
				staleAge={costView.status === 'ready' ? costView.current.stale?.age : undefined}
			/>
			<Breadcrumb width={layout.columns} steps={drillSteps(state)} groupBy={view.groupBy} thenBy={view.thenBy} origin={chatOriginLabel(state)} />
			<Box height={layout.bodyHeight} flexDirection="row">
				{state.overlay !== null && state.overlay.kind !== 'filter' && state.overlay.kind !== 'period' && state.overlay.kind !== 'save-view' ? (
					<OverlayPane
						overlay={state.overlay}
						width={layout.columns}
						height={layout.bodyHeight}
						keyMap={keyMap}
						groupBy={view.groupBy}
						thenBy={view.thenBy}
						groupByChoices={groupByChoices.choices}
						groupByNote={groupByChoices.note}
						scope={state.scope}
						accountChoices={accountChoices}
						accountsNote={accountsNote}
						exportDirectory={exportDirectory}
						exportFormats={exportFormats}
						anomalies={{windowLabel: insights.anomalyWindowLabel, content: insights.anomalyList}}
						savedQueries={savedQueries ?? noSavedQueries}
					/>
				) : chatInPlace ? (
					<ChatPane width={layout.columns} height={layout.bodyHeight} focused />
				) : (
					<>
						<Box width={layout.leftWidth} flexDirection="column">
							<ChartPane
								width={layout.leftWidth}
								height={layout.chartHeight}
								focused={state.focus === 'chart'}
								chart={model.chart}
								unit={model.unit}
								message={paneMessage}
								forecast={insights.forecast}
								markedDays={insights.markedDays}
							/>
							<CostTable
								width={layout.leftWidth}
								height={layout.tableHeight}
								focused={state.focus === 'table'}
								rows={model.rows}
								cursor={view.cursor}
								visibleRows={layout.tableVisibleRows}
								columnSet={state.columns}
								sort={state.sort}
								unit={model.unit}
								previousLabel={model.comparisonLabel}
								message={tableMessage}
								filter={filterShown ? {text: state.filterText, editing: state.overlay?.kind === 'filter'} : undefined}
							/>
						</Box>
						{layout.chatWidth > 0 ? (
							<ChatPane width={layout.chatWidth} height={layout.bodyHeight} focused={state.focus === 'chat'} />
						) : null}
					</>
				)}
			</Box>
			<StatusBar width={layout.columns} message={state.overlay?.kind === 'period' ? periodPromptMessage('Period', state.overlay) : state.overlay?.kind === 'save-view' ? periodPromptMessage('Save view as', state.overlay) : statusMessage(state.notice, costView, keyMap, demoNote)} stats={model.sessionStats} hints={hintText} chat={chatStatus} />
		</Box>
	);
}

const noSavedQueries = {history: [], views: [], note: undefined};

/** The `:` and save-view prompts live in the status line: what is typed, a cursor, and why the last Enter was refused. */
function periodPromptMessage(title: string, {text, error}: {text: string; error?: string}): StatusMessage {
	return {kind: 'notice', notice: {text: `${title}: ${text}▏${error === undefined ? '' : `  ✗ ${error}`}`, tone: error === undefined ? 'info' : 'error'}};
}

function statusMessage(
	notice: ReturnType<typeof useAppState>['notice'],
	view: ReturnType<typeof useViewModel>['view'],
	keyMap: KeyMap,
	demoNote: string | undefined,
): StatusMessage {
	if (view.status === 'failed') return {kind: 'error', text: view.message};
	if (notice !== null) return {kind: 'notice', notice};
	if (view.status === 'loading') return {kind: 'loading', pages: view.progress.pages, rows: view.progress.rows};
	if (view.previousMessage !== undefined) return {kind: 'idle', text: `Previous period: ${view.previousMessage}`};
	if (demoNote !== undefined) return {kind: 'idle', text: demoNote};
	return {kind: 'idle', text: view.current.stats.cacheHits > 0 ? `From cache · ${keyHint(keyMap, 'refresh', 'refreshes')}` : 'Up to date'};
}
