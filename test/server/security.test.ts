import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type OpsServer, startOpsServer, testAccess, TOKENS} from '../fixtures/ops-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-security-');
const env = isolatedEnv(dir.path);
let server: OpsServer;

const slowAndEcho = (app: OpsServer['app']): void => {
	app.post('/api/v1/echo', {config: {scope: 'read'}}, async request => ({received: JSON.stringify(request.body).length}));
	app.get('/api/v1/slow', async () => {
		await new Promise(resolve => setTimeout(resolve, 4000));
		return {late: true};
	});
};

beforeAll(async () => {
	server = await startOpsServer(env, {access: testAccess(), bodyLimit: 1024, requestTimeoutMs: 2000}, slowAndEcho);
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

const auth = (token: string): Record<string, string> => ({authorization: `Bearer ${token}`});

describe('limits', () => {
	it('answers a token over its rate 429 with Retry-After, leaving other tokens and /health alone', async () => {
		const limited4 = await startOpsServer(env, {access: testAccess(), rateLimit: {max: 4, windowMs: 60_000}});
		const call = (path: string, token?: string): Promise<Response> => fetch(`${limited4.url}${path}`, {headers: token === undefined ? {} : auth(token)});
		try {
			const statuses: number[] = [];
			for (let index = 0; index < 5; index++) statuses.push((await call('/api/v1/costs?range=last-month', TOKENS.reader)).status);
			expect(statuses).toEqual([200, 200, 200, 200, 429]);
			const limited = await call('/api/v1/costs?range=last-month', TOKENS.reader);
			expect(limited.status).toBe(429);
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
			const body = (await limited.json()) as {status: number; detail: string};
			expect(body.status).toBe(429);
			expect(body.detail).toMatch(/^Rate limit: 4 requests per 60 s; retry in \d+ s\.$/);
			expect((await call('/api/v1/costs?range=last-month', TOKENS.all)).status).toBe(200);
			for (let index = 0; index < 6; index++) expect((await call('/health')).status).toBe(200);
		} finally {
			await limited4.close();
		}
	});

	it('limits an open server per client address', async () => {
		const open = await startOpsServer(env, {rateLimit: {max: 2, windowMs: 60_000}});
		try {
			const statuses = [];
			for (let index = 0; index < 3; index++) statuses.push((await fetch(`${open.url}/api/v1/costs?range=last-month`)).status);
			expect(statuses).toEqual([200, 200, 429]);
		} finally {
			await open.close();
		}
	});

	it('refuses a body over the limit with 413 and keeps serving', async () => {
		const big = await fetch(`${server.url}/api/v1/echo`, {method: 'POST', headers: {...auth(TOKENS.all), 'content-type': 'application/json'}, body: JSON.stringify({text: 'x'.repeat(4096)})});
		expect(big.status).toBe(413);
		expect(big.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		expect(((await big.json()) as {status: number}).status).toBe(413);
		const small = await fetch(`${server.url}/api/v1/echo`, {method: 'POST', headers: {...auth(TOKENS.all), 'content-type': 'application/json'}, body: '{"text":"x"}'});
		expect(small.status).toBe(200);
	});

	it('answers a request that outlives the timeout 503, without insides', async () => {
		const slow = await fetch(`${server.url}/api/v1/slow`, {headers: auth(TOKENS.all)});
		expect(slow.status).toBe(503);
		const body = (await slow.json()) as {detail: string; kind: string};
		expect(body).toMatchObject({kind: 'timed-out'});
		expect(body.detail).toMatch(/timed out after 2000 ms/);
		expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js)/);
	});
});

describe('headers', () => {
	it('sends security headers on API answers and problems alike', async () => {
		for (const response of [await fetch(`${server.url}/health`), await fetch(`${server.url}/api/v1/costs`)]) {
			expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
			expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
			expect(response.headers.get('referrer-policy')).toBe('no-referrer');
			expect(response.headers.get('x-powered-by')).toBeNull();
		}
	});

	it('lets the docs page load under its CSP: only same-origin scripts, none inline', async () => {
		const page = await fetch(`${server.url}/api/v1/docs/`);
		expect(page.status).toBe(200);
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'self'/);
		const html = await page.text();
		const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
		expect(scripts.length).toBeGreaterThan(0);
		for (const [, attributes, inline] of scripts) {
			expect(inline?.trim()).toBe('');
			const source = /src="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '';
			const url = new URL(source, `${server.url}/api/v1/docs/`);
			expect(url.origin).toBe(server.url);
			const asset = await fetch(url);
			expect(asset.status, source).toBe(200);
			await asset.arrayBuffer();
		}
		const initializer = await (await fetch(`${server.url}/api/v1/docs/static/swagger-initializer.js`)).text();
		expect(initializer).toMatch(/openapi\.json|\/json/);
	});

	it('sends no CORS headers unless an origin is configured', async () => {
		const plain = await fetch(`${server.url}/api/v1/costs?range=last-month`, {headers: {...auth(TOKENS.all), origin: 'https://evil.example'}});
		expect(plain.headers.get('access-control-allow-origin')).toBeNull();
		const preflight = await fetch(`${server.url}/api/v1/costs`, {method: 'OPTIONS', headers: {origin: 'https://evil.example', 'access-control-request-method': 'GET'}});
		expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

		const withCors = await startOpsServer(env, {access: testAccess(), corsOrigin: 'https://dash.example'});
		try {
			const allowed = await fetch(`${withCors.url}/api/v1/costs?range=last-month`, {headers: {...auth(TOKENS.reader), origin: 'https://dash.example'}});
			expect(allowed.status).toBe(200);
			expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
			const check = await fetch(`${withCors.url}/api/v1/costs`, {method: 'OPTIONS', headers: {origin: 'https://dash.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization'}});
			expect(check.status).toBe(204);
			expect(check.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
			const other = await fetch(`${withCors.url}/api/v1/costs?range=last-month`, {headers: {...auth(TOKENS.reader), origin: 'https://evil.example'}});
			expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
		} finally {
			await withCors.close();
		}
	});
});
