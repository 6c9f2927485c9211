import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import type {CostQuery} from '../source/query.js';
import {Session} from '../source/session.js';

const today = '2026-11-25' as IsoDate;
const lastMonth: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'demo'},
};

let directory: string;
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-session-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

it('closing waits for the cache writes the answers did not wait for', async () => {
	const cachePath = join(directory, 'cache.sqlite');
	const first = new Session({today, cacheMode: 'use', cachePath});
	const fetched = await (await first.engineFor({source: 'demo'})).run(lastMonth);
	expect(fetched.stats.cacheHits).toBe(0);
	await first.close();

	const second = new Session({today, cacheMode: 'use', cachePath});
	const engine = await second.engineFor({source: 'demo'});
	// Both the entry and the index that lets other queries derive from it were written.
	const cached = await engine.run(lastMonth);
	const derived = await engine.run({...lastMonth, granularity: 'MONTHLY'});
	await second.close();
	expect(cached.stats).toMatchObject({cacheHits: 1, billableRequests: 0});
	expect(cached.rows).toEqual(fetched.rows);
	expect(derived.stats).toMatchObject({cacheHits: 1, billableRequests: 0});
});
