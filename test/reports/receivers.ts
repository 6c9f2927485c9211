import {type IncomingHttpHeaders, createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {SMTPServer} from 'smtp-server';

export interface ReceivedRequest {
	readonly path: string;
	readonly headers: IncomingHttpHeaders;
	readonly body: string;
}

/**
 * A local HTTP endpoint standing in for Slack or a webhook receiver: it
 * records every POST and answers `statuses` in turn (then 200); `hang`
 * never answers, for timeouts.
 */
export async function startHttpReceiver(options: {statuses?: number[]; hang?: boolean} = {}) {
	const requests: ReceivedRequest[] = [];
	const statuses = [...(options.statuses ?? [])];
	const server = createServer((request, response) => {
		let body = '';
		request.setEncoding('utf8');
		request.on('data', chunk => (body += chunk));
		request.on('end', () => {
			requests.push({path: request.url ?? '', headers: request.headers, body});
			if (options.hang) return;
			response.writeHead(statuses.shift() ?? 200, {'content-type': 'text/plain'}).end('ok');
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: (path: string) => `http://127.0.0.1:${port}${path}`,
		requests,
		close: () =>
			new Promise<void>(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

export interface ReceivedMail {
	readonly from: string;
	readonly to: readonly string[];
	readonly user: string | undefined;
	readonly raw: string;
}

/** A local SMTP server (smtp-server) that takes one user and password, and records what it is sent; `rejectFirst` answers 451 that many times. */
export async function startSmtpReceiver(credentials: {user: string; password: string}, options: {rejectFirst?: number} = {}) {
	const mails: ReceivedMail[] = [];
	let rejections = options.rejectFirst ?? 0;
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		authMethods: ['PLAIN', 'LOGIN'],
		logger: false,
		onAuth(auth, _session, callback) {
			if (auth.username === credentials.user && auth.password === credentials.password) callback(null, {user: auth.username});
			else callback(new Error('Invalid username or password'));
		},
		onData(stream, session, callback) {
			let raw = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => (raw += chunk));
			stream.on('end', () => {
				if (rejections > 0) {
					rejections--;
					const error = new Error('Try again later') as Error & {responseCode: number};
					error.responseCode = 451;
					callback(error);
					return;
				}
				mails.push({
					from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
					to: session.envelope.rcptTo.map(rcpt => rcpt.address),
					user: typeof session.user === 'string' ? session.user : undefined,
					raw,
				});
				callback();
			});
		},
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
	const {port} = server.server.address() as AddressInfo;
	return {port, mails, close: () => new Promise<void>(resolve => server.close(() => resolve()))};
}
