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
