import {expect, it} from 'vitest';
import * as core from '../source/index.js';

it('exports the core API from one entry point: the engine, the session, money and every registry', async () => {
	for (const name of ['CostEngine', 'Session', 'parseAmount', 'validateQuery', 'compareWithPrevious', 'registerSource', 'registerOutputFormat', 'registerTool', 'registerCommand', 'resolveClock', 'CostError']) {
		expect(core, name).toHaveProperty(name);
	}
	const session = new core.Session({today: '2026-11-25' as core.IsoDate, cacheMode: 'off'});
	const engine = await session.engineFor({source: 'demo'});
	const query: core.CostQuery = {period: {start: '2026-10-01' as core.IsoDate, end: '2026-11-01' as core.IsoDate}, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [], scope: {source: 'demo'}};
	const {current, previous} = await core.compareWithPrevious(engine, query);
	expect(core.compareAmounts(current.total, core.ZERO)).toBe(1);
	expect(previous?.query.period).toEqual({start: '2026-09-01', end: '2026-10-01'});
	await session.close();
});

it('exports the plugin API: its version, its types (test/fixtures/typed-plugin.ts is compiled against them) and the functions hosts call', async () => {
	expect(core.PLUGIN_API_VERSION).toBe(1);
	for (const name of ['loadPlugins', 'loadConfiguredPlugins', 'runAnalyzers', 'registeredAnalyzers', 'pluginNotifier', 'pluginNotifierSchemes']) expect(core, name).toHaveProperty(name);
	const fixtures = new URL('./fixtures/', import.meta.url).pathname;
	const [outcome] = await core.loadPlugins(['./typed-plugin.ts'], fixtures);
	expect(outcome).toMatchObject({status: 'loaded', name: 'typed', provides: {exporters: ['typed-total'], notifiers: ['typed'], analyzers: ['typed-total']}});
	await core.pluginNotifier('typed')!.deliver('somewhere', {version: 1, title: 'Daily', markdown: '', html: '', json: null}, {signal: new AbortController().signal});
	const {delivered} = await import('./fixtures/typed-plugin.js');
	expect(delivered).toEqual([{target: 'somewhere', title: 'Daily'}]);
});
