import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {type FakeServer, startFakeOllama, text, toolCall} from '../fixtures/fake-ollama.js';
import {EXAMPLE_PLUGIN, pluginDir, pluginModule} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

const dir = pluginDir();
dir.write('failing-analyzer.js', pluginModule(`{apiVersion: 1, name: 'aws-cost-plugin-moody', analyzers: [{name: 'moody', analyze: async () => { throw new Error('not today'); }}]}`));
dir.write('malformed-analyzer.js', pluginModule(`{apiVersion: 1, name: 'aws-cost-plugin-sloppy', analyzers: [{name: 'sloppy', analyze: async () => [{title: 'Spend', detail: 'd', severity: 'info', amount: 12.5}]}]}`));
dir.settings([EXAMPLE_PLUGIN, './failing-analyzer.js', './malformed-analyzer.js']);
let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});
afterAll(() => dir.remove());

const toolMessages = (body: Record<string, unknown>) => (body['messages'] as {role: string; content: string}[]).filter(message => message.role === 'tool');

describe('the analyzers as a chat tool (plugin_findings)', {timeout: 60_000}, () => {
	it('is offered to the model and answers with every analyzer\'s findings; a failing analyzer is a line naming its plugin', async () => {
		server = await startFakeOllama({replies: [[toolCall('plugin_findings', {})], text('EC2 dominates.')]});
		const run = await runCliInProcess(['ask', 'Anything odd?', '--demo', '--no-cache'], {...dir.env, OLLAMA_HOST: server.url});
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('EC2 dominates.\n');
		const offered = (server.requests[0]!['tools'] as {function: {name: string; description: string}}[]).find(tool => tool.function.name === 'plugin_findings');
		expect(offered?.function.description).toContain("top-service-share (flags a service that is more than half of last month's bill)");
		const [answer] = toolMessages(server.requests[1]!);
		expect(answer!.content.split('\n')).toEqual([
			expect.stringMatching(/^\[(info|warning)\] top-service-share: Amazon Elastic Compute Cloud - Compute is [\d.]+% of last month: \$[\d,.]+ of \$[\d,.]+.* \(amount \d+\.\d+\)$/),
			'moody (plugin aws-cost-plugin-moody) failed: Plugin "aws-cost-plugin-moody" failed in analyzer "moody": not today',
			expect.stringMatching(/^sloppy \(plugin aws-cost-plugin-sloppy\) failed: .*its findings are malformed \(0\.amount: /),
		]);
	});

	it('runs the one analyzer named, and tells the model of a name that does not exist', async () => {
		server = await startFakeOllama({replies: [[toolCall('plugin_findings', {analyzer: 'moody'})], [toolCall('plugin_findings', {analyzer: 'nope'})], text('Done.')]});
		const run = await runCliInProcess(['ask', 'Moody?', '--demo', '--no-cache'], {...dir.env, OLLAMA_HOST: server.url});
		expect(run.code).toBe(0);
		expect(toolMessages(server.requests[1]!).at(-1)!.content).toMatch(/^moody \(plugin aws-cost-plugin-moody\) failed/);
		expect(toolMessages(server.requests[2]!).at(-1)!.content).toMatch(/There is no analyzer "nope": use one of top-service-share, moody, sloppy\./);
	});
});
