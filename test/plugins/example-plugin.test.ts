import {createServer, type IncomingHttpHeaders} from 'node:http';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {runAnalyzers} from '../../source/plugins/analyzers.js';
import {loadPlugins} from '../../source/plugins/loader.js';
import {pluginNotifier} from '../../source/plugins/notifiers.js';
import {Session} from '../../source/session.js';
import {closeServer, listen, readJsonBody} from '../fixtures/fake-ollama.js';
import {EXAMPLE_PLUGIN, pluginDir} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

const dir = pluginDir();
dir.settings([EXAMPLE_PLUGIN]);
afterAll(() => dir.remove());

describe('the example plugin (examples/plugin-teams)', {timeout: 60_000}, () => {
	it('prints `aws-cost query --format tsv`, amounts exact and equal to the csv format', async () => {
		const args = ['query', '--demo', '--range', 'last-month', '--group-by', 'SERVICE'];
		const tsv = await runCliInProcess([...args, '--format', 'tsv'], dir.env);
		expect(tsv.stderr).toBe('');
		expect(tsv.code).toBe(0);
		const [header, ...lines] = tsv.stdout.trimEnd().split('\n');
		expect(header).toBe('scope\tstart\tend\tkey_1\tamount\tunit\testimated');
		const csv = await runCliInProcess([...args, '--format', 'csv'], dir.env);
		// csv: start,end,SERVICE,amount,unit,estimated; the same rows, the same exact amounts.
		const fromCsv = csv.stdout.trimEnd().split('\n').slice(1).map(line => line.split(',')).map(([start, end, service, amount, unit, estimated]) => ['demo', start, end, service, amount, unit, estimated].join('\t'));
		expect(lines).toEqual(fromCsv);
		expect(lines.length).toBeGreaterThan(5);
	});

	it('is not loaded for a built-in format: a broken plugin list costs `query --format json` nothing', async () => {
		const broken = pluginDir();
		broken.settings(['./missing.js']);
		try {
			const run = await runCliInProcess(['query', '--demo', '--format', 'json'], broken.env);
			expect(run.code).toBe(0);
			expect(run.stderr).toBe('');
			const unknown = await runCliInProcess(['query', '--demo', '--format', 'xml'], broken.env);
			expect(unknown.code).toBe(2);
			expect(unknown.stderr).toMatch(/^aws-cost: warning: plugin "\.\/missing\.js" skipped: not found .*\naws-cost: Unknown format "xml": use table, json, csv, markdown/);
		} finally {
			broken.remove();
		}
	});

	describe('its Teams notifier', () => {
		const received: {headers: IncomingHttpHeaders; body: Record<string, unknown>}[] = [];
		let status = 200;
		const server = createServer(async (request, response) => {
			received.push({headers: request.headers, body: await readJsonBody(request)});
			response.writeHead(status).end();
		});
		let url = '';
		beforeAll(async () => {
			url = await listen(server);
			await loadPlugins([EXAMPLE_PLUGIN], dir.path);
		});
		afterAll(() => closeServer(server));
		const message = {version: 1, title: 'Costs on 2026-11-25', markdown: '**$1,234.56** so far this month', html: '<p>$1,234.56</p>', json: {total: '1234.56'}} as const;

		it('posts an Adaptive Card to the webhook', async () => {
			await pluginNotifier('teams')!.deliver(`${url}/webhook`, message, {signal: AbortSignal.timeout(30_000)});
			const [{headers, body}] = received.splice(0) as [(typeof received)[number]];
			expect(headers['content-type']).toBe('application/json');
			expect(body).toMatchObject({
				type: 'message',
				attachments: [{contentType: 'application/vnd.microsoft.card.adaptive', content: {type: 'AdaptiveCard', body: [{text: 'Costs on 2026-11-25'}, {text: '**$1,234.56** so far this month'}]}}],
			});
		});

		it('a failed delivery is one line naming the plugin', async () => {
			status = 500;
			await expect(pluginNotifier('teams')!.deliver(url, message, {signal: AbortSignal.timeout(30_000)})).rejects.toThrow(
				/^Plugin "aws-cost-plugin-teams" failed delivering to teams:: Teams answered HTTP 500$/,
			);
			status = 200;
		});
	});

	it('its analyzer finds the largest service share of last month on the demo, money exact', async () => {
		await loadPlugins([EXAMPLE_PLUGIN], dir.path);
		const session = new Session({today: '2026-11-25' as IsoDate, cacheMode: 'off'});
		try {
			const scope = {source: 'demo'};
			const outcomes = await runAnalyzers({engine: await session.engineFor(scope), scope, today: '2026-11-25' as IsoDate, signal: AbortSignal.timeout(30_000)});
			expect(outcomes).toEqual([
				{
					plugin: 'aws-cost-plugin-teams',
					analyzer: 'top-service-share',
					ok: true,
					findings: [{title: expect.stringMatching(/^Amazon Elastic Compute Cloud - Compute is [\d.]+% of last month$/), detail: expect.stringMatching(/^\$[\d,]+\.\d\d of \$[\d,]+\.\d\d/), severity: expect.stringMatching(/^(info|warning)$/), amount: expect.stringMatching(/^\d+\.\d+$/)}],
				},
			]);
		} finally {
			await session.close();
		}
	});
});
