import {createServer} from 'node:http';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {closeServer, listen, readJsonBody} from '../fixtures/fake-ollama.js';
import {EXAMPLE_PLUGIN, pluginDir} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

// `aws-cost report --to SCHEME:…` with a scheme aws-cost lacks delivers through the plugin that took it.
const dir = pluginDir();
dir.settings([EXAMPLE_PLUGIN]);
const received: Record<string, unknown>[] = [];
const server = createServer(async (request, response) => {
	received.push(await readJsonBody(request));
	response.writeHead(200).end();
});
let url = '';
beforeAll(async () => {
	url = await listen(server);
});
afterAll(async () => {
	await closeServer(server);
	dir.remove();
});

it('`report --to teams:URL` sends the report through the example plugin’s notifier', {timeout: 120_000}, async () => {
	const run = await runCliInProcess(['report', '--demo', '--today', '2026-11-25', '--to', `teams:${url}/hook`], dir.env);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	expect(received).toHaveLength(1);
	expect(received[0]).toMatchObject({type: 'message', attachments: [{content: {type: 'AdaptiveCard', body: [{text: expect.stringContaining('(2026-11-25)')}, {}]}}]});
});

it('an unknown scheme names the plugins’ schemes among those that work', {timeout: 120_000}, async () => {
	const run = await runCliInProcess(['report', '--demo', '--today', '2026-11-25', '--to', 'pager:x'], dir.env);
	expect(run.code).toBe(2);
	expect(run.stderr).toMatch(/unknown destination; use slack:…, webhook:…, email:…, file:…, teams:…/);
	expect(received).toHaveLength(1);
});
