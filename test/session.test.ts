import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {Session} from '../source/session.js';

const today = '2026-11-25' as IsoDate;
const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('Session', () => {
	it('does not keep a failed engine: once the cause is gone, the next call succeeds', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'aws-cost-session-'));
		dirs.push(dir);
		// A file where the cache directory should be: opening the cache fails.
		writeFileSync(join(dir, 'blocked'), 'not a directory');
		const session = new Session({today, cacheMode: 'use', cachePath: join(dir, 'blocked', 'cache.sqlite')});
		await expect(session.engineFor({source: 'demo'})).rejects.toThrow();
		rmSync(join(dir, 'blocked'));
		const engine = await session.engineFor({source: 'demo'});
		const result = await engine.run({
			period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
			granularity: 'MONTHLY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: {source: 'demo'},
		});
		expect(result.empty).toBe(false);
		await session.close();
	});
});
