import {useMemo} from 'react';
import type {RunStats} from '../source/engine.js';
import type {Account} from '../source/sources/source.js';
import {type AppState, currentView, viewComparison, viewGroupBys} from '../source/view/app-state.js';
import {type ChartData, buildChartData} from '../source/view/chart-series.js';
import type {RowsSelector} from '../source/view/rows-selector.js';
import {shortPeriodLabel} from '../source/view/period-label.js';
import {chartWithAccountNames, withAccountNames} from '../source/view/account-labels.js';
import {type TableRow, buildTableRows} from '../source/view/table-rows.js';
import type {CostView} from './use-cost-view.js';

/** The view on screen, ready to draw. */
export interface ViewModel {
	readonly view: CostView;
	/** Every group of the view, unsorted. */
	readonly built: readonly TableRow[];
	/** Sorted and filtered: what the table lists and the cursor indexes. */
	readonly rows: readonly TableRow[];
	/** Undefined until the first page of the current view is in. */
	readonly chart: ChartData | undefined;
	readonly unit: string;
	/** The days the previous column holds, for its header: "Oct 1–27". */
	readonly comparisonLabel: string;
	readonly sessionStats: RunStats;
	readonly accounts: readonly Account[];
}

const emptyRows: readonly TableRow[] = [];

/**
 * Derives table rows and chart series from the fetched view. Each step is
 * memoized on its own inputs, so moving the cursor re-sorts nothing.
 */
export function useViewModelOf(
	state: AppState,
	view: CostView,
	sessionStats: RunStats,
	accounts: readonly Account[],
	chartSeries: number,
	selectRows: RowsSelector,
): ViewModel {
	const {groupBy: first, thenBy} = currentView(state);
	// One array per grouping, so the memos below hold across cursor moves.
	const groupBy = useMemo(() => viewGroupBys({groupBy: first, cursor: 0, ...(thenBy === undefined ? {} : {thenBy})}), [first, thenBy]);
	const current = view.status === 'ready' ? view.current : undefined;
	const previous = view.status === 'ready' ? view.previous : undefined;
	const built = useMemo(
		() => (current === undefined ? emptyRows : withAccountNames(buildTableRows(groupBy, current.rows, previous?.rows), groupBy, accounts)),
		[current, previous, groupBy, accounts],
	);
	const rows = selectRows(built, state.sort, state.filterText);
	const cursorKey = state.chartFollowsCursor ? rows[currentView(state).cursor]?.key : undefined;
	const chart = useMemo(
		() =>
			current === undefined
				? undefined
				: chartWithAccountNames(
						buildChartData(current.rows, {groupBy, topGroups: chartSeries, ...(cursorKey === undefined ? {} : {onlyKey: cursorKey})}),
						groupBy,
						accounts,
					),
		[current, groupBy, chartSeries, cursorKey, accounts],
	);
	const comparisonLabel = shortPeriodLabel(viewComparison(state));
	return {view, built, rows, chart, unit: current?.unit ?? 'USD', comparisonLabel, sessionStats, accounts};
}
