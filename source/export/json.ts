import {totalOf} from '../aggregate.js';
import {hasPrefixedKeys, rowKeyValues} from '../group-keys.js';
import {type Amount, amountToNumber, amountToString, parseAmount} from '../money.js';
import type {GroupBy} from '../query.js';
import type {CostRow} from '../rows.js';
import {isMultiScope} from './columns.js';
import type {LabelledResult} from './result-set.js';
import {unitsOf} from './units.js';

const rowJson = (row: CostRow, groupBy: readonly GroupBy[], rawKeys: boolean, scope?: string) => ({
	...(scope === undefined ? {} : {scope}),
	start: row.start,
	end: row.end,
	keys: rawKeys ? rowKeyValues(groupBy, row.keys) : row.keys,
	...(rawKeys ? {rawKeys: row.keys} : {}),
	amount: amountToNumber(row.amount),
	unit: row.unit,
	estimated: row.estimated,
});

const totalJson = (amount: Amount, unit: string) => ({amount: amountToNumber(amount), exact: amountToString(amount), unit});

/**
 * One JSON object. For one scope: `query`, `rows`, `total`, `units`, `stats`. For
 * several, `queries` and `scopes` replace `query` and each row names its scope.
 * `total` is null when there is no data at all (no data is not $0.00) and when the
 * rows are in more than one unit (`units` lists them). Grouped by a tag or cost
 * category, rows' `keys` read like the table (a tag's value, "(untagged)") and
 * `rawKeys` keeps Cost Explorer's keys ("team$analytics", "team$"), what filters
 * take; dimension keys need no label and come as Cost Explorer sent them.
 */
export function formatJson(results: readonly LabelledResult[]): string {
	return `${JSON.stringify(resultsJson(results), null, 2)}\n`;
}

/** The object `formatJson` prints, for front ends that serialize it themselves (the HTTP API). */
export function resultsJson(results: readonly LabelledResult[]): Record<string, unknown> {
	const multi = isMultiScope(results);
	const rows = results.flatMap(({label, result}) =>
		result.rows.map(row => rowJson(row, result.query.groupBy, hasPrefixedKeys(result.query), multi ? label : undefined)),
	);
	const empty = results.every(({result}) => result.empty);
	const units = unitsOf(results);
	const unit = units[0] ?? results[0]?.result.unit ?? 'USD';
	const total = empty || units.length > 1 ? null : totalJson(totalOf(results.flatMap(({result}) => result.rows)), unit);
	const stats = {
		billableRequests: sum(results.map(({result}) => result.stats.billableRequests)),
		cacheHits: sum(results.map(({result}) => result.stats.cacheHits)),
		pages: sum(results.map(({result}) => result.stats.pages)),
		...scanStats(sum(results.map(({result}) => result.stats.bytesScanned ?? 0))),
	};
	const estimated = results.some(({result}) => result.estimated);
	// The oldest stale answer dates the whole; absent when every figure is fresh.
	const staleAsOf = results.flatMap(({result}) => (result.stale === undefined ? [] : [result.stale.asOf])).sort()[0];
	const head = multi
		? {queries: results.map(({result}) => result.query), scopes: results.map(({label}) => label)}
		: {query: results[0]?.result.query};
	return {...head, rows, total, units, estimated, ...(staleAsOf === undefined ? {} : {stale: {asOf: staleAsOf}}), stats};
}

/** Athena's scan, and what it cost at $5 a terabyte; nothing for sources that do not bill by the byte. */
const scanStats = (bytes: number): {bytesScanned?: number; scanCostUsd?: string} =>
	bytes > 0 ? {bytesScanned: bytes, scanCostUsd: amountToString(parseAmount(`${bytes}E-12`) * 5n as Amount)} : {};

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
