import {afterAll, beforeAll, expect, it} from 'vitest';
import {EXAMPLE_PLUGIN, pluginDir} from '../fixtures/plugin-dir.js';
import {startServeProcess, type ServeProcess} from '../fixtures/serve-process.js';

// `aws-cost serve` loads the settings' plugins at start: /api/v1/now carries the analyzers' findings, as `aws-cost now` does.
const dir = pluginDir();
dir.settings([EXAMPLE_PLUGIN]);
let server: ServeProcess;
beforeAll(async () => {
	server = await startServeProcess(['--demo', '--today', '2026-11-25'], dir.env, 120_000);
}, 150_000);
afterAll(async () => {
	await server?.stop();
	dir.remove();
});

it('GET /api/v1/now lists the example analyzer’s finding', {timeout: 120_000}, async () => {
	const response = await fetch(`${server.url}/api/v1/now`);
	expect(response.status).toBe(200);
	const body = (await response.json()) as {findings?: {analyzer: string}[]};
	expect(body.findings).toEqual([expect.objectContaining({plugin: 'aws-cost-plugin-teams', analyzer: 'top-service-share'})]);
	expect(server.output()).not.toContain('skipped');
});
