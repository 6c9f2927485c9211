import {badInput} from '../errors.js';
import {redactSecrets} from '../log.js';
import {quoteInput} from '../quote-input.js';
import {parseAddresses} from './deliveries/email.js';
import {fileFormat} from './deliveries/file.js';
import {checkHttpUrl, urlHost} from './deliveries/http-post.js';
import {deliveryFor, deliverySchemes} from './deliveries/registry.js';
import type {ReportMessage} from './report-message.js';

/** One `--to SCHEME:TARGET`, checked; `label` names it without its secret part. */
export interface DeliveryTarget {
	readonly scheme: string;
	readonly target: string;
	readonly label: string;
}

function labelOf(scheme: string, target: string): string {
	if (scheme === 'slack' || scheme === 'webhook') return target === '' ? scheme : `${scheme} (${urlHost(target)})`;
	if (scheme === 'email' || scheme === 'file') return `${scheme}:${target}`;
	// A plugin's target may hold anything, a token included: its scheme names it.
	return scheme;
}

/** The built-ins' targets are judged before any data is read, so a typo costs no request. */
function checkBuiltin(scheme: string, target: string): void {
	if ((scheme === 'slack' || scheme === 'webhook') && target !== '') checkHttpUrl(target, `--to ${scheme}:`);
	if (scheme === 'email') parseAddresses(target);
	if (scheme === 'file') fileFormat(target);
}

/**
 * `--to` values as targets; an unknown scheme or a malformed target is one
 * line naming what would work. `defaults` are the schemes whose URL the
 * settings or environment give, so a bare `slack` or `webhook` may stand.
 */
export function parseTargets(texts: readonly string[], defaults: {readonly slack: boolean; readonly webhook: boolean} = {slack: true, webhook: true}): DeliveryTarget[] {
	return texts.map(text => {
		const colon = text.indexOf(':');
		const scheme = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
		const target = colon === -1 ? '' : text.slice(colon + 1).trim();
		if (deliveryFor(scheme) === undefined) throw badInput(`--to ${quoteInput(scheme)}: unknown destination; use ${deliverySchemes().map(known => `${known}:…`).join(', ')}.`);
		if (target === '' && (scheme === 'slack' || scheme === 'webhook') && !defaults[scheme]) {
			const variable = scheme === 'slack' ? 'AWS_COST_SLACK_WEBHOOK_URL' : 'AWS_COST_WEBHOOK_URL';
			throw badInput(`--to ${scheme} needs a URL: give ${scheme}:URL, or set ${variable} (or reports.${scheme === 'slack' ? 'slackWebhookUrl' : 'webhookUrl'} in the settings).`);
		}
		try {
			checkBuiltin(scheme, target);
		} catch (error) {
			throw badInput(`--to ${error instanceof Error ? error.message : String(error)}`.replace(/^--to --to /, '--to '));
		}
		return {scheme, target, label: labelOf(scheme, target)};
	});
}

/** Text with every known secret (and any URL a target held) replaced, then the log's own redaction. */
export function scrubSecrets(text: string, secrets: readonly string[], env: NodeJS.ProcessEnv): string {
	let scrubbed = text;
	for (const secret of secrets) if (secret.length >= 4) scrubbed = scrubbed.replaceAll(secret, '[redacted]');
	return redactSecrets(scrubbed, env);
}

export interface DeliveryOutcome {
	readonly label: string;
	/** One line, scrubbed; undefined when delivered. */
	readonly error?: string;
}

/** Sends one message to every target at once; each succeeds or fails on its own. */
export async function deliverToAll(
	targets: readonly DeliveryTarget[],
	message: ReportMessage,
	options: {readonly signal: AbortSignal; readonly secrets: readonly string[]; readonly env: NodeJS.ProcessEnv},
): Promise<DeliveryOutcome[]> {
	const secrets = [...options.secrets, ...targets.map(target => target.target).filter(target => /^https?:/i.test(target))];
	return Promise.all(
		targets.map(async ({scheme, target, label}) => {
			try {
				await deliveryFor(scheme)!.deliver(target, message, {signal: options.signal});
				return {label};
			} catch (error) {
				const text = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
				return {label, error: scrubSecrets(text, secrets, options.env)};
			}
		}),
	);
}
