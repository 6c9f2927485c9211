import {namedExports} from '../../module-interop.js';
import type {DeliverySettings} from '../report-settings.js';
import type {Delivery} from './registry.js';
import {DeliveryError, type RetryPolicy, withRetries} from './retry.js';

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$|^[^\s@,;<>]+@localhost$/;

/** `email:a@x.com,b@y.com` as a list of addresses; anything else is a one-line refusal. */
export function parseAddresses(target: string): string[] {
	const addresses = target.split(',').map(address => address.trim()).filter(address => address !== '');
	if (addresses.length === 0) throw new DeliveryError('email: needs an address, e.g. email:team@example.com', false);
	const bad = addresses.find(address => !ADDRESS.test(address));
	if (bad !== undefined) throw new DeliveryError(`email:${bad} is not an email address`, false);
	return addresses;
}

/** SMTP answers 4xx for "try later" and 5xx for "never"; a dropped or slow connection is worth another try. */
function smtpFailure(error: unknown, host: string): DeliveryError {
	const {responseCode, code} = error as {responseCode?: unknown; code?: unknown};
	if (code === 'EAUTH') return new DeliveryError(`the SMTP server ${host} refused the user name or password`, false);
	if (typeof responseCode === 'number') return new DeliveryError(`the SMTP server ${host} answered ${responseCode}`, responseCode >= 400 && responseCode < 500);
	const retryable = code === 'ETIMEDOUT' || code === 'ECONNECTION' || code === 'ESOCKET' || code === 'EDNS' || code === 'ECONNRESET';
	return new DeliveryError(`the SMTP server ${host} could not be reached${typeof code === 'string' ? ` (${code})` : ''}`, retryable);
}

/** `email:ADDRESS[,ADDRESS…]`: the report as HTML with a Markdown text part, through the SMTP server in the settings. */
export function emailDelivery(options: {readonly smtp: DeliverySettings['smtp']; readonly timeoutMs: number; readonly retry: RetryPolicy}): Delivery {
	return {
		scheme: 'email',
		async deliver(target, message, {signal}) {
			const to = parseAddresses(target);
			const {host, port, secure, user, password, from} = options.smtp;
			if (host === undefined || from === undefined) throw new DeliveryError('email needs an SMTP server and a sender: set AWS_COST_SMTP_HOST and AWS_COST_SMTP_FROM (or reports.smtp in the settings)', false);
			const nodemailer = namedExports(await import('nodemailer'));
			const resolvedPort = port ?? (secure ? 465 : 587);
			const attempt = async () => {
				const transport = nodemailer.createTransport({
					host,
					port: resolvedPort,
					secure: secure ?? resolvedPort === 465,
					...(user === undefined ? {} : {auth: {user, pass: password ?? ''}}),
					connectionTimeout: options.timeoutMs,
					greetingTimeout: options.timeoutMs,
					socketTimeout: options.timeoutMs,
				});
				const stop = () => transport.close();
				signal.addEventListener('abort', stop, {once: true});
				try {
					await transport.sendMail({from, to, subject: message.title, text: message.markdown, html: message.html});
				} catch (error) {
					throw signal.aborted ? new DeliveryError('stopped', false) : smtpFailure(error, `${host}:${resolvedPort}`);
				} finally {
					signal.removeEventListener('abort', stop);
					transport.close();
				}
			};
			await withRetries(attempt, options.retry, signal);
		},
	};
}
