import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {CostError} from '../source/errors.js';
import type {Scope} from '../source/query.js';
import {Session} from '../source/session.js';
import type {CostSource} from '../source/sources/source.js';

const today = '2026-11-25' as IsoDate;
const octoberQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'demo'},
} as const;
const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('Session', () => {
	it('does not keep a failed engine: once the cause is gone, the next call succeeds', async () => {
		// A source that cannot be made once (credentials being fixed, say), then can.
		class FlakySession extends Session {
			failures = 1;
			protected override async createSource(scope: Scope): Promise<CostSource> {
				if (this.failures-- > 0) throw new CostError('no-credentials', 'Not yet.');
				return super.createSource(scope);
			}
		}
		const session = new FlakySession({today, cacheMode: 'off'});
		await expect(session.engineFor({source: 'demo'})).rejects.toThrow('Not yet.');
		const engine = await session.engineFor({source: 'demo'});
		const result = await engine.run(octoberQuery);
		expect(result.empty).toBe(false);
		await session.close();
	});

	it('a cache that cannot be opened is a warning, and the engine runs without it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'aws-cost-session-'));
		dirs.push(dir);
		// A file where the cache directory should be.
		writeFileSync(join(dir, 'blocked'), 'not a directory');
		const warnings: string[] = [];
		const session = new Session({today, cacheMode: 'use', cachePath: join(dir, 'blocked', 'cache.sqlite'), warn: message => warnings.push(message)});
		const engine = await session.engineFor({source: 'demo'});
		expect((await engine.run(octoberQuery)).empty).toBe(false);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('Continuing without the cache.');
		await session.close();
	});
});
