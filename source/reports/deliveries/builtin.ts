import type {DeliverySettings} from '../report-settings.js';
import {emailDelivery} from './email.js';
import {fileDelivery} from './file.js';
import {registerDelivery} from './registry.js';
import {slackDelivery} from './slack.js';
import {webhookDelivery} from './webhook.js';

/** Registers slack, webhook, email and file with this run's settings (again each run: settings may have changed). */
export function registerBuiltinDeliveries(settings: DeliverySettings, timeoutMs: number): void {
	const retry = {retries: settings.retries, backoffMs: settings.backoffMs};
	registerDelivery(slackDelivery({defaultUrl: settings.slackWebhookUrl, timeoutMs, retry}), {replace: true});
	registerDelivery(webhookDelivery({defaultUrl: settings.webhookUrl, secret: settings.webhookSecret, timeoutMs, retry}), {replace: true});
	registerDelivery(emailDelivery({smtp: settings.smtp, timeoutMs, retry}), {replace: true});
	registerDelivery(fileDelivery(), {replace: true});
}
