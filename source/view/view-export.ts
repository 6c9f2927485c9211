import {type Period, formatPeriod} from '../dates.js';
import type {QueryResult} from '../engine.js';
import {terminalText} from '../terminal-text.js';
import {csvField, csvText} from '../export/csv.js';
import {escapeMarkdownCell} from '../export/markdown.js';
import {type Amount, amountToNumber, amountToString, formatAmount, sumAmounts} from '../money.js';
import {type CostQuery, groupByLabel} from '../query.js';
import type {ColumnSet} from './app-state.js';
import {formatChangeRatio, formatShare} from '../percent.js';
import {SORT_COLUMN_LABELS, type SortOrder, type TableRow} from './table-rows.js';

/** The table on screen, as it is to be exported: its query, comparison, rows and how they are listed. */
export interface ViewExport {
	/** Whose costs: "demo / All accounts", a profile, an account. */
	readonly scope: string;
	readonly query: CostQuery;
	readonly comparison: Period;
	/** How the view was reached: "SERVICE: Amazon EC2 › USAGE_TYPE: BoxUsage"; empty at the top. */
	readonly path: string;
	/** The `/` text filter, '' when none. */
	readonly filterText: string;
	readonly sort: SortOrder;
	readonly columns: ColumnSet;
	/** Sorted and filtered, as listed. */
	readonly rows: readonly TableRow[];
	readonly unit: string;
	/** The view's figures as the engine answered them: what a plugin's format writes. */
	readonly result?: QueryResult;
}

export type ViewExportFormat = 'csv' | 'json' | 'markdown';

/** The lines that name the view: scope, days, comparison, grouping, filters, sort. */
export function viewExportHeader(view: ViewExport): string[] {
	const {query} = view;
	const lines = [
		`aws-cost view: ${view.scope}`,
		`period: ${formatPeriod(query.period)} (${query.granularity}), compared with ${formatPeriod(view.comparison)}`,
		`metric: ${query.metric}, by ${query.groupBy.map(groupByLabel).join(', ')}`,
	];
	if (view.path !== '') lines.push(`within: ${view.path}`);
	if (view.filterText !== '') lines.push(`rows matching: "${view.filterText}"`);
	lines.push(`sorted by: ${SORT_COLUMN_LABELS[view.sort.column]} ${view.sort.descending ? 'descending' : 'ascending'}`);
	return lines;
}

const withChange = (view: ViewExport): boolean => view.columns === 'full';
const exact = (amount: Amount | null, missing: boolean): string => (amount === null || missing ? '' : amountToString(amount));
const percent = (ratio: number | null): string => (ratio === null ? '' : (ratio * 100).toFixed(2));

/** One key column per group-by: "key", then "key_2" for a view grouped two ways. */
const keyColumns = (view: ViewExport): string[] =>
	Array.from({length: Math.max(1, view.query.groupBy.length)}, (_, index) => (index === 0 ? 'key' : `key_${index + 1}`));

function csv(view: ViewExport): string {
	const keyed = keyColumns(view);
	const header = ['name', ...keyed, 'amount', ...(withChange(view) ? ['previous', 'change', 'change_percent'] : []), 'share_percent', 'unit', 'estimated'];
	const lines = [...viewExportHeader(view).map(line => `# ${terminalText(line)}`), header.join(',')];
	for (const row of view.rows) {
		const fields = [
			csvText(row.label),
			...keyed.map((_, index) => csvText(row.keys[index] ?? '')),
			...[
				exact(row.amount, row.noData),
				...(withChange(view) ? [exact(row.previous, row.noPreviousData), exact(row.change, false), percent(row.changeRatio)] : []),
				percent(row.share),
			].map(csvField),
			csvText(view.unit),
			String(row.estimated),
		];
		lines.push(fields.join(','));
	}
	return `${lines.join('\n')}\n`;
}

const money = (amount: Amount) => ({amount: amountToNumber(amount), exact: amountToString(amount)});

function json(view: ViewExport): string {
	const {query} = view;
	const rows = view.rows.map(row => ({
		name: row.label,
		// `key` is the first (one group-by's views); `keys` has one per group-by, as `aws-cost query` rows.
		key: row.keys[0] ?? '',
		keys: row.keys,
		amount: row.noData ? null : money(row.amount),
		...(withChange(view)
			? {
					previous: row.previous === null || row.noPreviousData ? null : money(row.previous),
					change: row.change === null ? null : money(row.change),
					changeRatio: row.changeRatio,
				}
			: {}),
		share: row.share,
		estimated: row.estimated,
	}));
	const document = {
		view: {
			scope: view.scope,
			period: query.period,
			comparison: view.comparison,
			granularity: query.granularity,
			metric: query.metric,
			groupBy: query.groupBy,
			...(query.filter === undefined ? {} : {filter: query.filter}),
			...(view.path === '' ? {} : {within: view.path}),
			...(view.filterText === '' ? {} : {rowsMatching: view.filterText}),
			sort: view.sort,
			columns: withChange(view) ? ['amount', 'previous', 'change', 'changeRatio', 'share'] : ['amount', 'share'],
		},
		query,
		unit: view.unit,
		rows,
		total: view.rows.length === 0 ? null : money(sumAmounts(view.rows.map(row => row.amount))),
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

function markdown(view: ViewExport): string {
	const cell = escapeMarkdownCell;
	const shown = (amount: Amount | null, missing: boolean) => (amount === null ? '' : missing ? '—' : formatAmount(amount, view.unit));
	const header = ['Name', 'Amount', ...(withChange(view) ? ['Previous', 'Change', 'Change %'] : []), 'Share'];
	const lines = [
		...viewExportHeader(view).map(line => `${escapeMarkdownCell(line)}  `),
		'',
		`| ${header.join(' | ')} |`,
		`| --- |${' ---: |'.repeat(header.length - 1)}`,
	];
	for (const row of view.rows) {
		const cells = [
			`${row.label}${row.estimated ? ' ~' : ''}`,
			shown(row.amount, row.noData),
			...(withChange(view)
				? [shown(row.previous, row.noPreviousData), shown(row.change, false), row.previous === 0n && !row.noData ? 'new' : formatChangeRatio(row.changeRatio)]
				: []),
			row.share === null ? '' : formatShare(row.share),
		];
		lines.push(`| ${cells.map(cell).join(' | ')} |`);
	}
	if (view.rows.length > 0) {
		const total = formatAmount(sumAmounts(view.rows.map(row => row.amount)), view.unit);
		lines.push(`| **Total** | **${total}** |${' |'.repeat(header.length - 2)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** The view as a file: a header naming the query, then the rows and columns the table lists. */
export function formatViewExport(view: ViewExport, format: ViewExportFormat): string {
	switch (format) {
		case 'csv':
			return csv(view);
		case 'json':
			return json(view);
		case 'markdown':
			return markdown(view);
	}
}
