import {formatPeriod} from '../../dates.js';
import {groupByLabel} from '../../query.js';
import {type Amount, formatAmount, subtractAmounts} from '../../money.js';
import {changeRatio, formatPercentChange} from '../../percent.js';
import type {CheckReport, CheckedCost} from '../cost-check.js';
import {type LimitExceeded, describeIncreaseLimit} from '../cost-limits.js';
import {cents, signedUsd, usd} from './figures.js';
import type {ScopedReport} from './report-document.js';

/** Rows a table shows; the JSON lists every group. */
const TABLE_ROWS = 20;

const percentJson = (current: Amount, previous: Amount): number | null => {
	const ratio = changeRatio(current, previous);
	return ratio === null ? null : Math.round(ratio * 1000) / 10;
};

function limitText(report: CheckReport, exceeded: LimitExceeded): string {
	if (exceeded.limit === 'max-total') return `--max-total ${formatAmount(report.limits.maxTotal!)}`;
	return `--max-increase ${describeIncreaseLimit(report.limits.maxIncrease!)}`;
}

/** "EC2: $3,732.36 is over --max-increase 10% (at most $1,429.14 after $1,299.22) by $2,303.22." */
export function violationMessage(report: CheckReport, item: CheckedCost, exceeded: LimitExceeded): string {
	const who = item.group ?? 'Total';
	const after = exceeded.limit === 'max-increase' ? ` (at most ${usd(exceeded.allowed)} after ${usd(item.previous)}, ${formatPercentChange(item.current, item.previous)})` : '';
	return `${who}: ${usd(item.current)} is over ${limitText(report, exceeded)}${after} by ${usd(exceeded.over)}.`;
}

const violations = (report: CheckReport) => report.checked.flatMap(item => item.exceeded.map(exceeded => ({item, exceeded})));

/** The check as JSON, a verdict with one sentence per limit passed and a table, and CSV rows. */
export function checkOutput(report: CheckReport, label: string): ScopedReport {
	const found = violations(report);
	const verdict = report.passed ? 'within limits' : `${found.length} limit${found.length === 1 ? '' : 's'} exceeded`;
	const dimension = report.groupBy === null ? null : groupByLabel(report.groupBy);
	const limits = [
		report.limits.maxIncrease === undefined ? undefined : `--max-increase ${describeIncreaseLimit(report.limits.maxIncrease)}`,
		report.limits.maxTotal === undefined ? undefined : `--max-total ${formatAmount(report.limits.maxTotal)}`,
	].filter((text): text is string => text !== undefined);
	const shown = report.checked.slice(0, TABLE_ROWS);
	const notes = [
		...(report.checked.length > shown.length ? [`${report.checked.length - shown.length} more groups not shown (--format json lists every one).`] : []),
		...(report.ignored > 0 ? [`${report.ignored} groups under ${usd(report.ignoreBelow)} in both periods were not judged (--ignore-below).`] : []),
	];
	return {
		label,
		json: {
			scope: label,
			today: report.today,
			metric: report.metric,
			period: report.period,
			comparison: report.comparison,
			groupBy: dimension,
			limits: {
				maxIncrease: report.limits.maxIncrease === undefined ? null : describeIncreaseLimit(report.limits.maxIncrease),
				maxTotal: report.limits.maxTotal === undefined ? null : cents(report.limits.maxTotal),
				ignoreBelow: cents(report.ignoreBelow),
			},
			passed: report.passed,
			total: {current: cents(report.total.current), previous: cents(report.total.previous), change: cents(subtractAmounts(report.total.current, report.total.previous)), changePercent: percentJson(report.total.current, report.total.previous)},
			checked: report.checked.map(item => ({
				group: item.group,
				current: cents(item.current),
				previous: cents(item.previous),
				change: cents(subtractAmounts(item.current, item.previous)),
				changePercent: percentJson(item.current, item.previous),
				exceeded: item.exceeded.map(exceeded => ({limit: exceeded.limit, allowed: cents(exceeded.allowed), over: cents(exceeded.over)})),
			})),
			violations: found.map(({item, exceeded}) => ({group: item.group, limit: exceeded.limit, allowed: cents(exceeded.allowed), actual: cents(item.current), over: cents(exceeded.over), message: violationMessage(report, item, exceeded)})),
			ignored: report.ignored,
			billableRequests: report.billableRequests,
		},
		document: {
			heading: `Cost check (${label}): ${report.passed ? 'passed' : 'FAILED'}, ${verdict}`,
			sentences: [
				`${formatPeriod(report.period)} against ${formatPeriod(report.comparison)}: ${usd(report.total.current)} after ${usd(report.total.previous)} (${formatPercentChange(report.total.current, report.total.previous)}), checked against ${limits.join(' and ')}${dimension === null ? '' : ` for each ${dimension}`}.`,
				...found.map(({item, exceeded}) => violationMessage(report, item, exceeded)),
			],
			tables: [
				{
					header: [dimension ?? 'Cost', formatPeriod(report.comparison), formatPeriod(report.period), 'Change', 'Change %', 'Result'],
					numeric: [false, true, true, true, true, false],
					rows: shown.map(item => [
						item.group ?? 'Total',
						usd(item.previous),
						usd(item.current),
						signedUsd(subtractAmounts(item.current, item.previous)),
						formatPercentChange(item.current, item.previous),
						item.exceeded.length === 0 ? 'ok' : `over ${item.exceeded.map(exceeded => exceeded.limit).join(', ')}`,
					]),
				},
			],
			notes,
		},
		data: {
			header: ['group', 'previous', 'current', 'change', 'change_percent', 'exceeded'],
			rows: report.checked.map(item => [
				item.group ?? 'Total',
				cents(item.previous),
				cents(item.current),
				cents(subtractAmounts(item.current, item.previous)),
				percentJson(item.current, item.previous),
				item.exceeded.map(exceeded => exceeded.limit).join(' '),
			]),
		},
	};
}
