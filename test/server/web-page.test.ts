import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {startApiServer} from '../fixtures/api-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {findWebRoot} from '../../source/server/web-root.js';

const dir = tempDir('aws-cost-web-page-');
const env = isolatedEnv(dir.path);
afterAll(() => dir.remove());

const TOKEN = 'web-page-test-secret-0123456789';

describe('the web page at /', () => {
	it('says how to build it when it is not built, while the API answers', async () => {
		const server = await startApiServer(env);
		try {
			const page = await fetch(`${server.url}/`);
			expect(page.status).toBe(503);
			expect(await page.text()).toContain('The web dashboard is not built: run <code>npm run build</code>');
			expect((await fetch(`${server.url}/api/v1/costs?range=last-month`)).status).toBe(200);
		} finally {
			await server.close();
		}
	});

	it('serves the page and its assets without a token when tokens guard the API', async () => {
		const web = join(dir.path, 'web');
		mkdirSync(join(web, 'assets'), {recursive: true});
		writeFileSync(join(web, 'index.html'), '<!doctype html><title>aws-cost</title>');
		writeFileSync(join(web, 'assets', 'app-ABC123.js'), 'console.log(1)');
		const {parseTokenList} = await import('../../source/server/api-tokens.js');
		const server = await startApiServer(env, {server: {webRoot: web, access: {tokens: parseTokenList(`viewer:read:${TOKEN}`), metricsOpen: false}}});
		try {
			const page = await fetch(`${server.url}/`);
			expect(page.status).toBe(200);
			expect(page.headers.get('cache-control')).toBe('no-cache');
			const asset = await fetch(`${server.url}/assets/app-ABC123.js`);
			expect(asset.status).toBe(200);
			expect(asset.headers.get('cache-control')).toContain('immutable');
			expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
			// The figures still need the token.
			expect((await fetch(`${server.url}/api/v1/costs`)).status).toBe(401);
		} finally {
			await server.close();
		}
	});

	it('finds dist/web beside the bundle or from the checkout, and AWS_COST_WEB_DIR first', () => {
		const root = join(dir.path, 'install');
		mkdirSync(join(root, 'dist', 'web'), {recursive: true});
		mkdirSync(join(root, 'dist', 'chunks'), {recursive: true});
		writeFileSync(join(root, 'dist', 'web', 'index.html'), '');
		expect(findWebRoot({}, `file://${join(root, 'dist', 'chunks', 'serve-X.js')}`)).toBe(join(root, 'dist', 'web'));
		expect(findWebRoot({}, `file://${join(root, 'dist', 'cli.js')}`)).toBe(join(root, 'dist', 'web'));
		expect(findWebRoot({AWS_COST_WEB_DIR: '/somewhere'}, `file://${join(root, 'dist', 'cli.js')}`)).toBe('/somewhere');
		expect(findWebRoot({}, `file://${join(root, 'x', 'y', 'z', 'w', 'b.js')}`)).toBeUndefined();
	});
});
