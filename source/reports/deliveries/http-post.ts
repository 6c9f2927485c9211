import {describeTimeout} from '../../timeouts.js';
import {DeliveryError} from './retry.js';

/** "hooks.slack.com": how a URL is named in messages; its path and query may hold a secret. */
export function urlHost(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return 'an invalid URL';
	}
}

/** Checks a delivery URL up front; the message shows the scheme only, never the URL. */
export function checkHttpUrl(url: string, what: string): void {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new DeliveryError(`${what} is not a URL.`, false);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new DeliveryError(`${what} must be an http(s) URL, not ${parsed.protocol}.`, false);
}

/**
 * POSTs `body` once, within `timeoutMs` (connect and answer): a 2xx is
 * success; a 5xx, 429, timeout or dropped connection is retryable; any
 * other answer is final. Messages name the host only.
 */
export async function postOnce(url: string, body: string, headers: Readonly<Record<string, string>>, timeoutMs: number, signal: AbortSignal): Promise<void> {
	const host = urlHost(url);
	const deadline = AbortSignal.timeout(timeoutMs);
	let response: Response;
	try {
		response = await fetch(url, {method: 'POST', body, headers: {'content-type': 'application/json', 'user-agent': 'aws-cost', ...headers}, signal: AbortSignal.any([signal, deadline]), redirect: 'error'});
	} catch (error) {
		if (deadline.aborted) throw new DeliveryError(`${host} did not answer within ${describeTimeout(timeoutMs)}`, true);
		if (signal.aborted) throw new DeliveryError('stopped', false);
		const code = (error as {cause?: {code?: unknown}}).cause?.code;
		throw new DeliveryError(`${host} could not be reached${typeof code === 'string' ? ` (${code})` : ''}`, true);
	}
	// The answer is read (and dropped) so the connection is freed; its text may echo the request.
	await response.arrayBuffer().catch(() => undefined);
	if (response.ok) return;
	throw new DeliveryError(`${host} answered HTTP ${response.status}`, response.status >= 500 || response.status === 429);
}
