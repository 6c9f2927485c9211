import {formatAmount, parseAmount} from '../money.js';
import {terminalText} from '../terminal-text.js';
import type {HistoryFormat} from './history-request.js';
import type {HistoryStats, QueryRecord} from './history-types.js';

const HEADERS = ['When (UTC)', 'Front end', 'Who', 'Query', 'Rows', 'Total', 'Requests', 'Cache', 'ms', 'Outcome'] as const;

/** A query key as people read it: `2026-10-01..2026-11-01 MONTHLY UnblendedCost by SERVICE`. */
export function describeQueryKey(queryKey: string): string {
	try {
		const query = JSON.parse(queryKey) as {period?: {start?: string; end?: string}; granularity?: string; metric?: string; groupBy?: {type?: string; key?: string}[]; filter?: unknown};
		const groups = (query.groupBy ?? []).map(group => (group.type === 'DIMENSION' ? group.key : `${group.type}:${group.key}`));
		return [
			`${query.period?.start ?? '?'}..${query.period?.end ?? '?'}`,
			query.granularity,
			query.metric,
			groups.length > 0 ? `by ${groups.join(', ')}` : undefined,
			query.filter === undefined ? undefined : 'filtered',
		]
			.filter(part => part !== undefined)
			.join(' ');
	} catch {
		return queryKey;
	}
}

function cells(record: QueryRecord): string[] {
	const who = [record.identity || '?', record.tokenName === null ? undefined : `token ${record.tokenName}`].filter(Boolean).join(', ');
	const total = record.total === null ? '' : formatAmount(parseAmount(record.total), record.unit || 'USD');
	const cache = record.cacheHit ? `hit${record.cacheTier === null ? '' : ` (${record.cacheTier})`}` : 'miss';
	const outcome = record.errorKind === null ? record.outcome : `${record.outcome}: ${record.errorKind}`;
	return [record.answeredAt.slice(0, 19).replace('T', ' '), `${record.frontEnd} ${record.command}`, who, describeQueryKey(record.queryKey), String(record.rowCount), total, String(record.billableRequests), cache, String(record.latencyMs), outcome];
}

const csvCell = (text: string): string => (/[",\n\r]/.test(text) || /^[=+\-@\t]/.test(text) ? `"${(/^[=+\-@\t]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"` : text);

/** The history list in `format`; JSON holds the records as stored. */
export function formatHistory(records: readonly QueryRecord[], format: HistoryFormat): string {
	if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
	const rows = records.map(record => cells(record).map(cell => terminalText(cell)));
	if (format === 'csv') return [HEADERS, ...rows].map(row => row.map(csvCell).join(',')).join('\n') + '\n';
	if (format === 'markdown') {
		const escape = (text: string): string => text.replace(/\|/g, '\\|');
		return [`| ${HEADERS.join(' | ')} |`, `|${HEADERS.map(() => '---').join('|')}|`, ...rows.map(row => `| ${row.map(escape).join(' | ')} |`)].join('\n') + '\n';
	}
	if (records.length === 0) return 'No queries recorded yet.\n';
	const widths = HEADERS.map((header, index) => Math.max(header.length, ...rows.map(row => row[index]!.length)));
	const line = (row: readonly string[]): string => row.map((cell, index) => cell.padEnd(widths[index]!)).join('  ').trimEnd();
	return [line(HEADERS), ...rows.map(line)].join('\n') + '\n';
}

/** `aws-cost history stats` for people; `--format json` prints the stats object itself. */
export function formatHistoryStats(stats: HistoryStats): string {
	const lines = [
		`Queries:           ${stats.queries}${stats.since === null ? '' : ` since ${stats.since}`}`,
		`Billable requests: ${stats.billableRequests} ($${stats.dollars})`,
	];
	const section = (title: string, rows: readonly {key: string; queries: number; billableRequests: number; dollars: string}[]): void => {
		if (rows.length === 0) return;
		lines.push('', title);
		const width = Math.max(...rows.map(row => row.key.length));
		for (const row of rows) lines.push(`  ${terminalText(row.key).padEnd(width)}  ${String(row.queries).padStart(6)} queries  ${String(row.billableRequests).padStart(6)} requests  $${row.dollars}`);
	};
	section('By day', stats.byDay);
	section('By identity', stats.byIdentity);
	section('By command', stats.byCommand);
	if (stats.cacheHitRateByTier.length > 0) {
		lines.push('', 'Cache hit rate by tier');
		for (const tier of stats.cacheHitRateByTier) lines.push(`  ${tier.tier.padEnd(10)}  ${(tier.hitRate * 100).toFixed(1).padStart(5)}%  (${tier.hits} of ${tier.queries})`);
	}
	if (stats.mostRepeated.length > 0) {
		lines.push('', 'Most repeated queries');
		for (const repeated of stats.mostRepeated) lines.push(`  ${String(repeated.count).padStart(4)}×  ${terminalText(describeQueryKey(repeated.queryKey))}`);
	}
	return `${lines.join('\n')}\n`;
}
