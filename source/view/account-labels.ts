import type {GroupBy} from '../query.js';
import type {Account} from '../sources/source.js';
import type {ChartData} from './chart-series.js';
import {KEY_LABEL_SEPARATOR, type TableRow, groupByList, keysLabel} from './table-rows.js';

const byAccount = (groupBy: GroupBy): boolean => groupBy.type === 'DIMENSION' && groupBy.key === 'LINKED_ACCOUNT';

/** "Production (318274650193)" for an account the organization names; the id alone otherwise. */
export function accountLabel(id: string, accounts: readonly Account[]): string {
	const name = accounts.find(account => account.id === id)?.name;
	return name === undefined || name === '' || name === id ? id : `${name} (${id})`;
}

/** A row's label with its account key (whichever group-by it is) named. */
function namedLabel(groupBys: readonly GroupBy[], keys: readonly string[], accounts: readonly Account[]): string {
	return keys
		.map((key, index) => (byAccount(groupBys[index]!) ? accountLabel(key, accounts) : keysLabel([groupBys[index]!], [key])))
		.join(KEY_LABEL_SEPARATOR);
}

/** Rows of a view grouped by account (first or second), named; other views come back as they were. */
export function withAccountNames(rows: readonly TableRow[], groupBy: GroupBy | readonly GroupBy[], accounts: readonly Account[]): readonly TableRow[] {
	const groupBys = groupByList(groupBy);
	if (!groupBys.some(byAccount) || accounts.length === 0) return rows;
	return rows.map(row => ({...row, label: namedLabel(groupBys, row.keys, accounts)}));
}

/** The chart's series of a view grouped by account, named like the table's rows. */
export function chartWithAccountNames(chart: ChartData, groupBy: GroupBy | readonly GroupBy[], accounts: readonly Account[]): ChartData {
	const groupBys = groupByList(groupBy);
	if (!groupBys.some(byAccount) || accounts.length === 0) return chart;
	return {
		...chart,
		series: chart.series.map((series, index) => {
			// The total has no keys; a series without them is named by its one key.
			const keys = series.keys ?? (index === 0 && !chart.mixedUnits ? undefined : [series.name]);
			return keys === undefined ? series : {...series, name: namedLabel(groupBys, keys, accounts)};
		}),
	};
}
