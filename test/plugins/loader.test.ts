import {afterAll, describe, expect, it} from 'vitest';
import {formatResults, isOutputFormat} from '../../source/export/index.js';
import {pluginExportFormats} from '../../source/plugins/app-formats.js';
import {loadPlugins} from '../../source/plugins/loader.js';
import {pluginNotifier} from '../../source/plugins/notifiers.js';
import {registeredSources} from '../../source/sources/registry.js';
import {EXAMPLE_PLUGIN, pluginDir, pluginModule} from '../fixtures/plugin-dir.js';

const dir = pluginDir();
afterAll(() => dir.remove());

const exporter = (name: string) => `{name: '${name}', extension: 'txt', format: results => 'rows: ' + results.length + '\\n'}`;

describe('loading plugins named in settings', () => {
	it('loads a good plugin and registers what it provides', async () => {
		dir.write('good.js', pluginModule(`{apiVersion: 1, name: 'good', exporters: [${exporter('good-format')}], notifiers: [{scheme: 'pager', deliver: async () => {}}]}`));
		const [outcome] = await loadPlugins(['./good.js'], dir.path);
		expect(outcome).toEqual({specifier: './good.js', status: 'loaded', name: 'good', provides: {sources: [], exporters: ['good-format'], notifiers: ['pager'], analyzers: []}});
		expect(isOutputFormat('good-format')).toBe(true);
		expect(formatResults([], 'good-format')).toBe('rows: 0\n');
		expect(pluginNotifier('pager')).toBeDefined();
	});

	it('takes the export named `plugin` when there is no default export', async () => {
		dir.write('named.js', `export const plugin = {apiVersion: 1, name: 'named', exporters: [${exporter('named-format')}]};\n`);
		expect((await loadPlugins(['./named.js'], dir.path))[0]).toMatchObject({status: 'loaded', name: 'named'});
	});

	it('finds a package by name in node_modules from the settings directory up, through its exports', async () => {
		dir.write('node_modules/aws-cost-plugin-fake/package.json', JSON.stringify({name: 'aws-cost-plugin-fake', type: 'module', exports: {'.': {import: './lib/main.js'}}}));
		dir.write('node_modules/aws-cost-plugin-fake/lib/main.js', pluginModule(`{apiVersion: 1, name: 'aws-cost-plugin-fake', exporters: [${exporter('fake-format')}]}`));
		expect((await loadPlugins(['aws-cost-plugin-fake'], dir.path))[0]).toMatchObject({status: 'loaded', name: 'aws-cost-plugin-fake'});
	});

	it('loads the example plugin shipped in examples/', async () => {
		expect((await loadPlugins([EXAMPLE_PLUGIN], dir.path))[0]).toEqual({
			specifier: EXAMPLE_PLUGIN,
			status: 'loaded',
			name: 'aws-cost-plugin-teams',
			provides: {sources: [], exporters: ['tsv'], notifiers: ['teams'], analyzers: ['top-service-share']},
		});
	});

	it.each([
		['throws on import', 'throwing.js', `throw new Error('database password missing');\n`, /^failed to load: database password missing$/],
		['has another apiVersion', 'v2.js', pluginModule(`{apiVersion: 2, name: 'v2'}`), /^it is written for plugin API version 2; this aws-cost speaks apiVersion 1$/],
		['has no apiVersion', 'none.js', pluginModule(`{name: 'none'}`), /^it is written for plugin API version none;/],
		['exports nothing', 'empty.js', 'export const unrelated = 1;\n', /^it exports no plugin/],
		['has an exporter without format()', 'shape.js', pluginModule(`{apiVersion: 1, name: 'shape', exporters: [{name: 'x', extension: 'x'}]}`), /^bad shape: exporters\.0\.format: format must be a function$/],
		['has a source with a bad name', 'badname.js', pluginModule(`{apiVersion: 1, name: 'badname', sources: [{name: 'Bad Name', description: 'd', create: async () => ({})}]}`), /^bad shape: sources\.0\.name: must be lower-case/],
		['is not JavaScript', 'syntax.js', 'export default {apiVersion: 1,,};\n', /^failed to load: /],
		['takes a built-in format', 'clash.js', pluginModule(`{apiVersion: 1, name: 'clash', exporters: [${exporter('json')}]}`), /^its format "json" is already taken$/],
		['takes a built-in delivery scheme', 'slack.js', pluginModule(`{apiVersion: 1, name: 'slack', notifiers: [{scheme: 'slack', deliver: async () => {}}]}`), /^its notifier scheme "slack" is already taken$/],
		['takes an export kind as a source name', 'parquet.js', pluginModule(`{apiVersion: 1, name: 'pq', sources: [{name: 'parquet', description: 'd', create: async () => ({})}]}`), /^its source "parquet" is already taken$/],
	])('skips a plugin that %s, with a one-line reason', async (_what, file, text, reason) => {
		dir.write(file, text);
		const [outcome] = await loadPlugins([`./${file}`], dir.path);
		expect(outcome?.status).toBe('skipped');
		const shown = outcome?.status === 'skipped' ? outcome.reason : '';
		expect(shown).toMatch(reason);
		expect(shown).not.toContain('\n');
	});

	it('skips what is missing: a file, or a package installed nowhere', async () => {
		const outcomes = await loadPlugins(['./nowhere.js', 'aws-cost-plugin-not-installed'], dir.path);
		expect(outcomes).toEqual([
			{specifier: './nowhere.js', status: 'skipped', reason: expect.stringMatching(/^not found \(no such file .*nowhere\.js\)$/)},
			{specifier: 'aws-cost-plugin-not-installed', status: 'skipped', reason: expect.stringMatching(/^not installed/)},
		]);
	});

	it('registers nothing of a plugin that clashes anywhere, and skipping one never stops the next', async () => {
		dir.write('half.js', pluginModule(`{apiVersion: 1, name: 'half', sources: [{name: 'half-source', description: 'd', create: async () => ({})}], exporters: [${exporter('csv')}]}`));
		dir.write('after.js', pluginModule(`{apiVersion: 1, name: 'after', exporters: [${exporter('after-format')}]}`));
		const outcomes = await loadPlugins(['./half.js', './throwing.js', './after.js'], dir.path);
		expect(outcomes.map(outcome => outcome.status)).toEqual(['skipped', 'skipped', 'loaded']);
		expect(registeredSources()).not.toContain('half-source');
	});

	it('loads a module once however often it is named: a second load registers nothing twice', async () => {
		const [first] = await loadPlugins(['./good.js'], dir.path);
		const [again] = await loadPlugins([`${dir.path}/good.js`], dir.path);
		expect(first?.status).toBe('loaded');
		expect(again?.status).toBe('loaded');
	});

	it("lists the formats loaded plugins add, for the app's export list", async () => {
		expect(await pluginExportFormats(['./good.js', './nowhere.js', './v2.js'], dir.path)).toEqual(['good-format']);
	});
});
