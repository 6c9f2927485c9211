import type {GroupBy} from '../query.js';
import type {Account} from '../sources/source.js';
import type {ChartData} from './chart-series.js';
import type {TableRow} from './table-rows.js';

const byAccount = (groupBy: GroupBy): boolean => groupBy.type === 'DIMENSION' && groupBy.key === 'LINKED_ACCOUNT';

/** "Production (318274650193)" for an account the organization names; the id alone otherwise. */
export function accountLabel(id: string, accounts: readonly Account[]): string {
	const name = accounts.find(account => account.id === id)?.name;
	return name === undefined || name === '' || name === id ? id : `${name} (${id})`;
}

/** Rows of a view grouped by account, named; other views come back as they were. */
export function withAccountNames(rows: readonly TableRow[], groupBy: GroupBy, accounts: readonly Account[]): readonly TableRow[] {
	if (!byAccount(groupBy) || accounts.length === 0) return rows;
	return rows.map(row => ({...row, label: accountLabel(row.key, accounts)}));
}

/** The chart's series of a view grouped by account, named like the table's rows. */
export function chartWithAccountNames(chart: ChartData, groupBy: GroupBy, accounts: readonly Account[]): ChartData {
	if (!byAccount(groupBy) || accounts.length === 0) return chart;
	return {...chart, series: chart.series.map((series, index) => (index === 0 && !chart.mixedUnits ? series : {...series, name: accountLabel(series.name, accounts)}))};
}
