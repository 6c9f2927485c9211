import type {ReportMessage} from '../report-message.js';
import {checkHttpUrl, postOnce} from './http-post.js';
import type {Delivery} from './registry.js';
import {DeliveryError, type RetryPolicy, withRetries} from './retry.js';

const SECTION_LIMIT = 3000;

/** Slack's mrkdwn from our Markdown: single-star bold, headings as bold lines, &<> escaped, backslash escapes dropped. */
export function slackText(markdown: string): string {
	return markdown
		.replace(/\\([\\`*_[\]<>|#~])/g, '$1')
		.replace(/[&<>]/g, character => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[character]!)
		.replace(/\*\*(.+?)\*\*/g, '*$1*')
		.replace(/^#{1,6} (.*)$/gm, '*$1*')
		.replace(/^- /gm, '• ');
}

const clip = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

/** Block Kit for a message: a header, then one section per Markdown part (split at `## ` headings). */
export function slackBlocks(message: ReportMessage): {text: string; blocks: unknown[]} {
	const [, ...parts] = message.markdown.split(/^(?=## )/m);
	const lead = message.markdown.split(/^## /m)[0]!.replace(/^# .*\n+/, '');
	const sections = [lead, ...parts].map(part => part.trim()).filter(part => part !== '');
	return {
		text: clip(message.title, SECTION_LIMIT),
		blocks: [
			{type: 'header', text: {type: 'plain_text', text: clip(message.title, 150), emoji: true}},
			...sections.slice(0, 48).map(part => ({type: 'section', text: {type: 'mrkdwn', text: clip(slackText(part), SECTION_LIMIT)}})),
		],
	};
}

/** `slack:URL` (or `slack`, with the URL from AWS_COST_SLACK_WEBHOOK_URL / settings): a Slack incoming webhook. */
export function slackDelivery(options: {readonly defaultUrl: string | undefined; readonly timeoutMs: number; readonly retry: RetryPolicy}): Delivery {
	return {
		scheme: 'slack',
		async deliver(target, message, {signal}) {
			const url = target === '' ? options.defaultUrl : target;
			if (url === undefined) throw new DeliveryError('no Slack webhook URL: set AWS_COST_SLACK_WEBHOOK_URL or reports.slackWebhookUrl in the settings', false);
			checkHttpUrl(url, 'The Slack webhook');
			const body = JSON.stringify(slackBlocks(message));
			await withRetries(() => postOnce(url, body, {}, options.timeoutMs, signal), options.retry, signal);
		},
	};
}
