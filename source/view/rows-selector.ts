import {type SortOrder, type TableRow, filterTableRows, sortTableRows} from './table-rows.js';

/** Sorted, filtered rows for the table, recomputed only when an input changes. */
export type RowsSelector = (built: readonly TableRow[], sort: SortOrder, filterText: string) => readonly TableRow[];

/**
 * Remembers the last sort and the last filter separately, so moving the
 * cursor re-sorts nothing and typing in the filter does not re-sort either.
 */
export function createRowsSelector(): RowsSelector {
	let sortInputs: {built: readonly TableRow[]; sort: SortOrder} | undefined;
	let sorted: readonly TableRow[] = [];
	let filterInputs: {sorted: readonly TableRow[]; filterText: string} | undefined;
	let filtered: readonly TableRow[] = [];
	return (built, sort, filterText) => {
		if (sortInputs?.built !== built || sortInputs.sort.column !== sort.column || sortInputs.sort.descending !== sort.descending) {
			sortInputs = {built, sort};
			sorted = sortTableRows(built, sort);
		}
		if (filterInputs?.sorted !== sorted || filterInputs.filterText !== filterText) {
			filterInputs = {sorted, filterText};
			filtered = filterTableRows(sorted, filterText);
		}
		return filtered;
	};
}
