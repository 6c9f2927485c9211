import {useMemo} from 'react';
import type {ApiCostAnswer} from '../source/view/api-rows.js';
import {type AppState, currentView, viewComparison, viewGroupBys} from '../source/view/app-state.js';
import {chartWithAccountNames, withAccountNames} from '../source/view/account-labels.js';
import {type ChartData, buildChartData} from '../source/view/chart-series.js';
import {type ChartPlot, chartPlot} from '../source/view/forecast-series.js';
import {shortPeriodLabel} from '../source/view/period-label.js';
import {type TableDisplay, buildTableDisplay} from '../source/view/table-display.js';
import {type TableRow, buildTableRows, filterTableRows, sortTableRows} from '../source/view/table-rows.js';
import type {Account} from '../source/sources/source.js';
import type {ViewData} from './use-view-data.js';

/** How many of the biggest groups get a line of their own, as in the app. */
export const CHART_SERIES = 5;

/** The view on screen, ready to draw: the app's view model (source/view), fed from the API. */
export interface WebViewModel {
	readonly current: ApiCostAnswer | undefined;
	/** Sorted and filtered, as listed. */
	readonly rows: readonly TableRow[];
	readonly display: TableDisplay;
	readonly chart: ChartData | undefined;
	readonly plot: ChartPlot | undefined;
	readonly unit: string;
	readonly comparisonLabel: string;
}

const noRows: readonly TableRow[] = [];

export function useWebViewModel(state: AppState, data: ViewData, accounts: readonly Account[]): WebViewModel {
	const {groupBy: first, thenBy} = currentView(state);
	const groupBy = useMemo(() => viewGroupBys({groupBy: first, cursor: 0, ...(thenBy === undefined ? {} : {thenBy})}), [first, thenBy]);
	const current = data.current.status === 'ready' ? data.current.value : undefined;
	const previous = data.previous.status === 'ready' ? data.previous.value : undefined;
	const built = useMemo(
		() => (current === undefined ? noRows : withAccountNames(buildTableRows(groupBy, current.rows, previous?.rows), groupBy, accounts)),
		[current, previous, groupBy, accounts],
	);
	const sorted = useMemo(() => sortTableRows(built, state.sort), [built, state.sort]);
	const rows = useMemo(() => filterTableRows(sorted, state.filterText), [sorted, state.filterText]);
	const unit = current?.unit ?? 'USD';
	const display = useMemo(() => buildTableDisplay(rows, unit), [rows, unit]);
	const cursorKey = state.chartFollowsCursor ? rows[currentView(state).cursor]?.key : undefined;
	const chart = useMemo(
		() =>
			current === undefined
				? undefined
				: chartWithAccountNames(buildChartData(current.rows, {groupBy, topGroups: CHART_SERIES, ...(cursorKey === undefined ? {} : {onlyKey: cursorKey})}), groupBy, accounts),
		[current, groupBy, cursorKey, accounts],
	);
	const plot = useMemo(() => (chart === undefined ? undefined : chartPlot(chart, data.forecast)), [chart, data.forecast]);
	return {current, rows, display, chart, plot, unit, comparisonLabel: shortPeriodLabel(viewComparison(state))};
}
