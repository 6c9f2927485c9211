import type {Account} from '../sources/source.js';
import {scopeLabel} from './account-choices.js';
import {type AppState, drillSteps, viewComparison, viewQuery} from './app-state.js';
import {chatOriginLabel} from './chat-view.js';
import {breadcrumbParts} from './drill.js';
import type {TableRow} from './table-rows.js';
import type {ViewExport} from './view-export.js';

/** The view on screen as an export names it: the scope, the query, how it was reached, and the rows as listed. */
export function viewExportOf(state: AppState, rows: readonly TableRow[], unit: string, accounts: readonly Account[]): ViewExport {
	const origin = chatOriginLabel(state);
	return {
		scope: scopeLabel(state.scope, accounts),
		query: viewQuery(state),
		comparison: viewComparison(state),
		path: [...(origin === undefined ? [] : [origin]), ...breadcrumbParts(drillSteps(state))].join(' › '),
		filterText: state.filterText,
		sort: state.sort,
		columns: state.columns,
		rows,
		unit,
	};
}
