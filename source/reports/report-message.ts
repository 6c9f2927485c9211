import {renderHtml} from './render-html.js';
import {renderMarkdown} from './render-markdown.js';
import type {ReportPayload} from './report-payload.js';

/**
 * A rendered report as every delivery (built-in or a plugin's notifier)
 * receives it. `json` is a ReportPayload for aws-cost's own reports and
 * alerts; check it with isReportPayload / isAlertPayload before reading it.
 */
export interface ReportMessage {
	readonly version: 1;
	readonly title: string;
	readonly markdown: string;
	readonly html: string;
	readonly json: unknown;
}

/** The payload rendered every way a delivery may want it. */
export function reportMessage(report: ReportPayload): ReportMessage {
	return {version: 1, title: `${report.title}: ${report.scope} (${report.today})`, markdown: renderMarkdown(report), html: renderHtml(report), json: report};
}
