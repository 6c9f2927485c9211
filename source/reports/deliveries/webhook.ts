import {createHmac} from 'node:crypto';
import type {ReportMessage} from '../report-message.js';
import {checkHttpUrl, postOnce} from './http-post.js';
import type {Delivery} from './registry.js';
import {DeliveryError, type RetryPolicy, withRetries} from './retry.js';

export const SIGNATURE_HEADER = 'x-aws-cost-signature';

/**
 * The generic webhook's body, version 1: `type` is `aws-cost.report` or
 * `aws-cost.alert`; `data` is the message's JSON (a ReportPayload or an
 * AlertPayload); fields may be added, never renamed or removed.
 */
export interface WebhookBody {
	readonly version: 1;
	readonly type: string;
	readonly sentAt: string;
	readonly title: string;
	readonly markdown: string;
	readonly data: unknown;
}

export function webhookBody(message: ReportMessage, now: Date): WebhookBody {
	const kind = (message.json as {kind?: unknown} | null)?.kind;
	return {version: 1, type: typeof kind === 'string' ? kind : 'aws-cost.message', sentAt: now.toISOString(), title: message.title, markdown: message.markdown, data: message.json};
}

/** "sha256=" and the hex HMAC-SHA256 of the raw body under `secret`: what a receiver recomputes and compares. */
export function webhookSignature(body: string, secret: string): string {
	return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** `webhook:URL` (or `webhook`, with AWS_COST_WEBHOOK_URL / settings): the JSON body above, signed when a secret is set. */
export function webhookDelivery(options: {readonly defaultUrl: string | undefined; readonly secret: string | undefined; readonly timeoutMs: number; readonly retry: RetryPolicy; readonly now?: () => Date}): Delivery {
	return {
		scheme: 'webhook',
		async deliver(target, message, {signal}) {
			const url = target === '' ? options.defaultUrl : target;
			if (url === undefined) throw new DeliveryError('no webhook URL: set AWS_COST_WEBHOOK_URL or reports.webhookUrl in the settings', false);
			checkHttpUrl(url, 'The webhook');
			const body = JSON.stringify(webhookBody(message, (options.now ?? (() => new Date()))()));
			const headers: Record<string, string> = options.secret === undefined ? {} : {[SIGNATURE_HEADER]: webhookSignature(body, options.secret)};
			await withRetries(() => postOnce(url, body, headers, options.timeoutMs, signal), options.retry, signal);
		},
	};
}
