import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {redactLogLine, redactUrl} from '../../source/server/request-logging.js';
import {type OpsServer, startOpsServer, testAccess, TOKENS} from '../fixtures/ops-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-logs-');
const env = isolatedEnv(dir.path);
const lines: string[] = [];
let server: OpsServer;

beforeAll(async () => {
	server = await startOpsServer(env, {access: testAccess(), logger: {level: 'info', stream: {write: line => void lines.push(line)}}}, app => {
		// A careless route that logs every header: the log must still hold no secret.
		app.get('/api/v1/careless', async request => {
			request.log.info({headers: request.headers, url: request.url}, 'careless');
			throw new Error(`failed for ${request.headers.authorization ?? ''}`);
		});
	});
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

interface LogLine {
	readonly reqId?: string;
	readonly msg: string;
	readonly level: number;
	readonly service: string;
	readonly req?: {url: string};
}

describe('request logs', () => {
	it('writes one JSON object per line, each request\'s lines under the id it returns', async () => {
		const response = await fetch(`${server.url}/api/v1/costs?range=last-month`, {headers: {authorization: `Bearer ${TOKENS.reader}`}});
		expect(response.status).toBe(200);
		const id = response.headers.get('x-request-id');
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		const parsed = lines.map(line => JSON.parse(line) as LogLine);
		const mine = parsed.filter(line => line.reqId === id);
		expect(mine.map(line => line.msg)).toEqual(['incoming request', 'request completed']);
		expect(mine[0]).toMatchObject({service: 'aws-cost', req: {url: '/api/v1/costs?range=last-month'}});
		const second = await fetch(`${server.url}/health`);
		expect(second.headers.get('x-request-id')).not.toBe(id);
	});

	it('never writes a token, from headers, query strings or error messages', async () => {
		const secrets = [TOKENS.admin, 'presented-but-wrong-0123456789abcdef', 'query-secret-0123456789abcdef'];
		await fetch(`${server.url}/api/v1/careless?token=${secrets[2]}`, {headers: {authorization: `Bearer ${TOKENS.all}`}});
		await fetch(`${server.url}/api/v1/costs`, {headers: {authorization: `Bearer ${secrets[1]}`}});
		const careless = await fetch(`${server.url}/api/v1/careless?api_key=${secrets[2]}&access_token=${secrets[2]}`, {headers: {authorization: `Bearer ${TOKENS.all}`}});
		expect(careless.status).toBe(500);
		expect(await careless.text()).not.toContain(TOKENS.all);
		const log = lines.join('');
		expect(log).toContain('careless');
		expect(log).toMatch(/\[redacted\]/);
		for (const secret of [...secrets, TOKENS.all]) expect(log).not.toContain(secret);
		expect(log).not.toMatch(/"stack"|\n\s+at /);
	});
});

describe('redaction helpers', () => {
	it.each([
		['/x?token=abc1&range=1', 'abc1'],
		['/x?api_key=abc2&X-Amz-Signature=abc3&password=abc4', 'abc2', 'abc3', 'abc4'],
	])('redacts the URL %s', (url, ...secrets) => {
		const redacted = redactUrl(url);
		expect(redacted).toMatch(/redacted/);
		for (const secret of secrets) expect(redacted).not.toContain(secret);
	});

	it('keeps a URL without secrets as it is', () => {
		expect(redactUrl('/api/v1/costs?range=last-month&groupBy=SERVICE')).toBe('/api/v1/costs?range=last-month&groupBy=SERVICE');
	});

	it.each([
		['{"authorization":"Bearer abc.def-ghi"}', 'abc.def-ghi'],
		['curl -H "Authorization: bearer xyz1"', 'xyz1'],
		['curl -H "Authorization:%20Bearer%20xyz2"', 'xyz2'],
		['key AKIAABCDEFGHIJKLMNOP leaked', 'AKIAABCDEFGHIJKLMNOP'],
	])('redacts the line %s', (line, secret) => {
		expect(redactLogLine(line)).toMatch(/\[redacted\]/);
		expect(redactLogLine(line)).not.toContain(secret);
	});
});
