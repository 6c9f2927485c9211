import type {ReportPayload} from './report-payload.js';
import {money, periodText, signedMoney, signedPercent, sparkline} from './report-figures.js';

/** Characters Markdown (and Slack's mrkdwn) would read as formatting in a service or budget name. */
const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>|#~])/g, '\\$1');

const DIMENSION_WORDS: Readonly<Record<string, string>> = {SERVICE: 'service', LINKED_ACCOUNT: 'account'};

/** The headline: the period's total and its change against the comparison. */
export function summaryLine(report: ReportPayload): string {
	const total = money(report.total, report.unit);
	if (report.comparison === null || report.change === null) return `${total} in ${periodText(report.period)}`;
	return `${total} in ${periodText(report.period)} (${signedMoney(report.change, report.unit)}, ${signedPercent(report.changePercent)} vs ${periodText(report.comparison)})`;
}

export function moverLine(move: ReportPayload['movers'][number], unit: string): string {
	return `${money(move.current, unit)} (${signedMoney(move.change, unit)}, ${signedPercent(move.changePercent)})`;
}

export function anomalyLine(anomaly: ReportPayload['anomalies'][number], unit: string): string {
	const verb = anomaly.direction === 'spike' ? 'spiked' : 'dropped';
	const head = `(${DIMENSION_WORDS[anomaly.dimension] ?? anomaly.dimension}) ${verb} on ${periodText(anomaly)}: expected ${money(anomaly.expected, unit)}, actual ${money(anomaly.actual, unit)} (${signedMoney(anomaly.impact, unit)}).`;
	return anomaly.causes === '' ? head : `${head} Driven by ${anomaly.causes}.`;
}

export function budgetLine(budget: ReportPayload['budgets'][number]): string {
	if (budget.state === 'no-data') return budget.message;
	return `${money(budget.spent, 'USD')} of ${money(budget.limit, 'USD')} (${budget.percentUsed.toFixed(1)}%), projected ${money(budget.projected, 'USD')}: ${budget.message}`;
}

export function findingLine(finding: ReportPayload['findings'][number]): string {
	return `${finding.title}: ${finding.detail}${finding.amount === null ? '' : ` (${money(finding.amount, 'USD')})`} — ${finding.analyzer}`;
}

/** The chart's caption: its days and the range of its values. */
export function chartCaption(report: ReportPayload): string {
	const amounts = report.daily.map(day => day.amount);
	if (amounts.length === 0) return 'no days';
	const first = report.daily[0]!.date;
	const last = report.daily.at(-1)!.date;
	return `${first} … ${last}, ${money(Math.min(...amounts), report.unit)} to ${money(Math.max(...amounts), report.unit)} a day`;
}

/** The report as Markdown: lists rather than tables, so chat apps that render a subset still read it. */
export function renderMarkdown(report: ReportPayload): string {
	const parts: string[] = [`# ${escapeMarkdown(report.title)}: ${escapeMarkdown(report.scope)}`, `${periodText(report.period)} · ${report.metric}`];
	for (const section of report.sections) {
		if (section === 'summary') parts.push(`**${summaryLine(report)}**`);
		if (section === 'chart' && report.daily.length > 0) {
			parts.push('## Daily cost', `\`${sparkline(report.daily.map(day => day.amount))}\` ${chartCaption(report)}`);
		}
		if (section === 'movers' && report.comparison !== null) {
			parts.push('## Top movers', report.movers.length === 0 ? 'No service changed.' : report.movers.map(move => `- **${escapeMarkdown(move.service)}**: ${moverLine(move, report.unit)}`).join('\n'));
		}
		if (section === 'anomalies') {
			parts.push('## Anomalies', report.anomalies.length === 0 ? 'No unusual days.' : report.anomalies.map(anomaly => `- **${escapeMarkdown(anomaly.group)}** ${escapeMarkdown(anomalyLine(anomaly, report.unit))}`).join('\n'));
		}
		if (section === 'budgets' && report.budgets.length > 0) {
			parts.push('## Budgets', report.budgets.map(budget => `- **${escapeMarkdown(budget.name)}**: ${escapeMarkdown(budgetLine(budget))}`).join('\n'));
		}
	}
	if (report.findings.length > 0) {
		parts.push('## Findings from plugins', report.findings.map(finding => `- **${finding.severity}** ${escapeMarkdown(findingLine(finding))}`).join('\n'));
	}
	if (report.notes.length > 0) parts.push(report.notes.map(note => `_${escapeMarkdown(note)}_`).join('\n\n'));
	return `${parts.join('\n\n')}\n`;
}
