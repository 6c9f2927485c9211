import {afterAll, describe, expect, it} from 'vitest';
import {pluginNotifier} from '../../source/plugins/notifiers.js';
import {EXAMPLE_PLUGIN, pluginDir, pluginModule} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

const dir = pluginDir();
dir.write('example.js', `export {default} from ${JSON.stringify(`${EXAMPLE_PLUGIN}index.js`)};\n`);
dir.write('throwing.js', `throw new Error('boom at import');\n`);
dir.write('v2.js', pluginModule(`{apiVersion: 2, name: 'future'}`));
dir.write('shape.js', pluginModule(`{apiVersion: 1, name: 'shape', notifiers: [{scheme: 'pager'}]}`));
dir.write('faulty.js', pluginModule(`{apiVersion: 1, name: 'aws-cost-plugin-faulty', exporters: [
	{name: 'boom', extension: 'txt', format: () => { throw new Error('cannot render\\nsecond line'); }},
	{name: 'blank', extension: 'txt', format: () => undefined},
], notifiers: [{scheme: 'pager', deliver: () => { throw new Error('no pager'); }}]}`));
dir.settings(['./example.js', './throwing.js', './v2.js', './missing.js', './shape.js', './faulty.js']);
afterAll(() => dir.remove());

describe('aws-cost plugins list', {timeout: 60_000}, () => {
	it('shows what each plugin provides, and in one line why the others were skipped', async () => {
		const run = await runCliInProcess(['plugins', 'list'], dir.env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')).toEqual([
			'PLUGIN         STATUS   PROVIDES / WHY NOT',
			'./example.js   loaded   aws-cost-plugin-teams: format tsv; notifier teams:; analyzer top-service-share',
			'./throwing.js  skipped  failed to load: boom at import',
			'./v2.js        skipped  it is written for plugin API version 2; this aws-cost speaks apiVersion 1',
			expect.stringMatching(/^\.\/missing\.js {3}skipped {2}not found \(no such file \/.*\/config\/missing\.js\)$/),
			'./shape.js     skipped  bad shape: notifiers.0.deliver: deliver must be a function',
			'./faulty.js    loaded   aws-cost-plugin-faulty: format boom; format blank; notifier pager:',
			'',
		]);
	});

	it('--format json lists the same, for scripts', async () => {
		const run = await runCliInProcess(['plugins', 'list', '--format', 'json'], dir.env);
		expect(run.code).toBe(0);
		const {plugins} = JSON.parse(run.stdout) as {plugins: Record<string, unknown>[]};
		expect(plugins[0]).toEqual({specifier: './example.js', status: 'loaded', name: 'aws-cost-plugin-teams', provides: {sources: [], exporters: ['tsv'], notifiers: ['teams'], analyzers: ['top-service-share']}});
		expect(plugins.map(plugin => plugin['status'])).toEqual(['loaded', 'skipped', 'skipped', 'skipped', 'skipped', 'loaded']);
		expect(plugins[2]).toEqual({specifier: './v2.js', status: 'skipped', reason: 'it is written for plugin API version 2; this aws-cost speaks apiVersion 1'});
	});

	it('says so when the settings name no plugins, and refuses what it does not know', async () => {
		const empty = pluginDir();
		try {
			expect((await runCliInProcess(['plugins', 'list'], empty.env)).stdout).toMatch(/^No plugins: the settings file \(.*config\.json\) names none in "plugins"\.\n$/);
			expect(await runCliInProcess(['plugins', 'install', 'x'], empty.env)).toMatchObject({code: 2, stderr: 'aws-cost: Use `aws-cost plugins list`, not "install x".\n'});
			expect(await runCliInProcess(['plugins', 'list', '--format', 'xml'], empty.env)).toMatchObject({code: 2, stderr: 'aws-cost: --format must be table or json, not "xml".\n'});
		} finally {
			empty.remove();
		}
	});

	it('is listed in --help', async () => {
		expect((await runCliInProcess(['--help'], dir.env)).stdout).toMatch(/aws-cost plugins list +what the settings' plugins provide/);
	});
});

describe('a plugin failing at run time', {timeout: 60_000}, () => {
	it('an exporter that throws is one line naming the plugin, exit 1', async () => {
		const run = await runCliInProcess(['query', '--demo', '--format', 'boom'], dir.env);
		expect(run.code).toBe(1);
		expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('aws-cost: Plugin "aws-cost-plugin-faulty" failed in format "boom": cannot render');
	});

	it('an exporter that returns no text is one line naming the plugin', async () => {
		const run = await runCliInProcess(['query', '--demo', '--format', 'blank'], dir.env);
		expect(run.code).toBe(1);
		expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('aws-cost: Plugin "aws-cost-plugin-faulty" failed in format "blank": it returned undefined, not text');
	});

	it('a notifier that throws, even before its promise, rejects with one line naming the plugin', async () => {
		const message = {version: 1, title: 't', markdown: 'm', html: '<p>h</p>', json: {}} as const;
		await expect(pluginNotifier('pager')!.deliver('x', message, {signal: new AbortController().signal})).rejects.toThrow('Plugin "aws-cost-plugin-faulty" failed delivering to pager:: no pager');
	});
});
