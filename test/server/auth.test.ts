import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findToken, loadApiAccess, parseSettingsTokens, parseTokenList, sha256} from '../../source/server/api-tokens.js';
import {type OpsServer, startOpsServer, testAccess, TOKENS} from '../fixtures/ops-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const dir = tempDir('aws-cost-auth-');
const env = isolatedEnv(dir.path);
let server: OpsServer;

beforeAll(async () => {
	server = await startOpsServer(env, {access: testAccess()}, app => {
		// Routes added after the server is built, as the other route files add theirs.
		app.delete('/api/v1/test-admin/:name', {config: {scope: 'admin'}}, async () => ({deleted: true}));
		app.post('/api/v1/test-ask', {config: {scope: 'ask'}}, async () => ({answer: 'forty-two'}));
		app.post('/api/v1/undeclared-write', async () => ({written: true}));
	});
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

const call = (method: string, path: string, token?: string): Promise<Response> =>
	fetch(`${server.url}${path}`, {method, headers: token === undefined ? {} : {authorization: `Bearer ${token}`}});

describe('bearer tokens and scopes', () => {
	const routes: [string, string, keyof typeof TOKENS, keyof typeof TOKENS][] = [
		['GET', '/api/v1/costs?range=last-month', 'reader', 'asker'],
		['DELETE', '/api/v1/test-admin/monthly', 'admin', 'reader'],
		['POST', '/api/v1/test-ask', 'asker', 'reader'],
		['POST', '/api/v1/undeclared-write', 'admin', 'reader'],
		['GET', '/api/v1/no-such-route', 'reader', 'asker'],
	];

	it.each(routes)('%s %s: no token 401, bad token 401, wrong scope 403, right scope passes', async (method, path, right, wrong) => {
		const none = await call(method, path);
		expect(none.status).toBe(401);
		expect(none.headers.get('www-authenticate')).toBe('Bearer realm="aws-cost"');
		expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		expect(((await none.json()) as {status: number}).status).toBe(401);

		const bad = await call(method, path, 'not-a-token-0123456789abcdef');
		expect(bad.status).toBe(401);
		expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer realm="aws-cost", error="invalid_token"$/);

		const scheme = await fetch(`${server.url}${path}`, {method, headers: {authorization: `Basic ${TOKENS[right]}`}});
		expect(scheme.status).toBe(401);

		const forbidden = await call(method, path, TOKENS[wrong]);
		expect(forbidden.status).toBe(403);
		expect(forbidden.headers.get('www-authenticate')).toMatch(/error="insufficient_scope"/);
		expect(((await forbidden.json()) as {detail: string}).detail).toMatch(new RegExp(`Token "${wrong}" lacks the`));

		const allowed = await call(method, path, TOKENS[right]);
		expect(allowed.status).toBe(path.includes('no-such-route') ? 404 : 200);
		const everything = await call(method, path, TOKENS.all);
		expect(everything.status).toBe(allowed.status);
	});

	it('leaves /health, /ready and the API description open', async () => {
		for (const path of ['/health', '/ready', '/api/v1/openapi.json', '/api/v1/docs/']) expect((await call('GET', path)).status, path).toBe(200);
	});

	it('lists the bearer scheme and each route\'s scope in the OpenAPI document', async () => {
		const document = (await (await call('GET', '/api/v1/openapi.json')).json()) as {
			components: {securitySchemes: Record<string, {type: string; scheme: string}>};
			paths: Record<string, Record<string, {security?: unknown}>>;
		};
		expect(document.components.securitySchemes['bearerAuth']).toMatchObject({type: 'http', scheme: 'bearer'});
		expect(document.paths['/api/v1/costs']?.['get']?.security).toEqual([{bearerAuth: ['read']}]);
		expect(document.paths['/health']?.['get']?.security).toEqual([]);
	});
});

describe('an open server (no tokens)', () => {
	it('answers this machine without a token but refuses what a proxy forwards', async () => {
		const open = await startOpsServer(env);
		try {
			expect((await fetch(`${open.url}/api/v1/costs?range=last-month`)).status).toBe(200);
			const forwarded = await fetch(`${open.url}/api/v1/costs?range=last-month`, {headers: {'x-forwarded-for': '203.0.113.9'}});
			expect(forwarded.status).toBe(403);
			expect(((await forwarded.json()) as {detail: string}).detail).toMatch(/AWS_COST_API_TOKENS/);
			expect((await fetch(`${open.url}/health`, {headers: {forwarded: 'for=203.0.113.9'}})).status).toBe(200);
		} finally {
			await open.close();
		}
	});
});

describe('the token formats', () => {
	it('parses name:scope+scope:secret entries, keeping only hashes', () => {
		const [grafana, ops] = parseTokenList(` grafana:read:${'a'.repeat(32)} , ops:read+admin:${'b:c'.repeat(10)}`);
		expect(grafana?.name).toBe('grafana');
		expect([...(grafana?.scopes ?? [])]).toEqual(['read']);
		expect(ops?.sha256).toEqual(sha256('b:c'.repeat(10)));
		expect([...(ops?.scopes ?? [])]).toEqual(['read', 'admin']);
		expect(JSON.stringify(grafana)).not.toContain('a'.repeat(32));
	});

	it.each([
		['grafana', /must look like name:scope\+scope:secret/],
		[`grafana:write:${'a'.repeat(32)}`, /scope "write" is not one of read, ask, admin/],
		['grafana:read:short', /at least 24 characters/],
		[`bad name:read:${'a'.repeat(32)}`, /the name must be/],
	])('refuses %s in one line', (text, message) => {
		expect(() => parseTokenList(text)).toThrow(message);
	});

	it('finds a token by its secret and no other', () => {
		const tokens = parseTokenList(`one:read:${'1'.repeat(30)},two:ask:${'2'.repeat(30)}`);
		expect(findToken(tokens, '2'.repeat(30))?.name).toBe('two');
		expect(findToken(tokens, '3'.repeat(30))).toBeUndefined();
		expect(findToken(tokens, '')).toBeUndefined();
	});

	it('reads hashed tokens and metricsOpen from the settings file, with the environment\'s', () => {
		const settings = join(dir.path, 'settings');
		mkdirSync(settings, {recursive: true});
		const secret = 'settings-secret-0123456789abcdef';
		writeFileSync(join(settings, 'config.json'), JSON.stringify({apiTokens: [{name: 'ci', scopes: ['read'], sha256: sha256(secret).toString('hex')}], metricsOpen: true}));
		const access = loadApiAccess({AWS_COST_API_TOKENS: `ops:admin:${'x'.repeat(30)}`}, settings);
		expect(access.tokens.map(token => token.name)).toEqual(['ops', 'ci']);
		expect(findToken(access.tokens, secret)?.name).toBe('ci');
		expect(access.metricsOpen).toBe(true);
		expect(() => loadApiAccess({AWS_COST_API_TOKENS: `ci:admin:${'x'.repeat(30)}`}, settings)).toThrow(/"ci" is used twice/);
		expect(() => parseSettingsTokens([{name: 'ci', scopes: ['read'], secret: 'plain'}])).toThrow(/apiTokens/);
		expect(() => parseSettingsTokens([{name: 'ci', scopes: ['read'], sha256: 'abc'}])).toThrow(/apiTokens\.0\.sha256/);
	});
});
