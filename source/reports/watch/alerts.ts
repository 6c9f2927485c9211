import {escapeHtml} from '../render-html.js';
import {anomalyLine, budgetLine} from '../render-markdown.js';
import type {ReportMessage} from '../report-message.js';
import type {ReportPayload} from '../report-payload.js';
import type {AlertRule} from './watch-plan.js';

/** One thing worth telling now; `key` is the same for as long as it is the same crossing or anomaly. */
export interface Alert {
	readonly key: string;
	readonly rule: AlertRule['kind'];
	readonly title: string;
	readonly text: string;
}

/** An alert message's `json`, version 1 (the webhook's `data` for `type: aws-cost.alert`). */
export interface AlertPayload {
	readonly version: 1;
	readonly kind: 'aws-cost.alert';
	readonly rule: AlertRule['kind'];
	readonly key: string;
	readonly scope: string;
	readonly today: string;
	readonly title: string;
	readonly text: string;
}

/**
 * The alerts a report's anomalies and budgets raise under `rules`. A budget
 * alert is keyed by its month (once per crossing per month); an anomaly by
 * its group and first day (once per anomaly, however long it lasts).
 */
export function findAlerts(report: ReportPayload, rules: readonly AlertRule[]): Alert[] {
	const month = report.today.slice(0, 7);
	const alerts = new Map<string, Alert>();
	for (const rule of rules) {
		if (rule.kind === 'budget-forecast' || rule.kind === 'budget-exceeded') {
			const state = rule.kind === 'budget-forecast' ? 'will-exceed' : 'exceeded';
			for (const budget of report.budgets.filter(budget => budget.state === state)) {
				const key = `${rule.kind}:${report.scope}:${budget.name}:${month}`;
				const verb = state === 'exceeded' ? 'exceeded' : 'is projected to exceed';
				alerts.set(key, {key, rule: rule.kind, title: `Budget ${budget.name} ${verb} its amount (${report.scope})`, text: `${budget.name}: ${budgetLine(budget)}`});
			}
			continue;
		}
		for (const anomaly of report.anomalies) {
			const size = rule.kind === 'anomaly-dollars' ? Math.abs(anomaly.impact) : anomaly.expected === 0 ? Infinity : (Math.abs(anomaly.impact) / Math.abs(anomaly.expected)) * 100;
			if (size < rule.minimum) continue;
			const key = `anomaly:${report.scope}:${anomaly.dimension}:${anomaly.group}:${anomaly.start}`;
			if (alerts.has(key)) continue;
			alerts.set(key, {key, rule: rule.kind, title: `Cost anomaly: ${anomaly.group} (${report.scope})`, text: `${anomaly.group} ${anomalyLine(anomaly, report.unit)}`});
		}
	}
	return [...alerts.values()];
}

/** An alert as a message every delivery can send. */
export function alertMessage(alert: Alert, report: ReportPayload): ReportMessage {
	const json: AlertPayload = {version: 1, kind: 'aws-cost.alert', rule: alert.rule, key: alert.key, scope: report.scope, today: report.today, title: alert.title, text: alert.text};
	return {
		version: 1,
		title: alert.title,
		markdown: `# ${alert.title}\n\n${alert.text}\n`,
		html: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(alert.title)}</title></head><body><h1>${escapeHtml(alert.title)}</h1><p>${escapeHtml(alert.text)}</p></body></html>\n`,
		json,
	};
}
