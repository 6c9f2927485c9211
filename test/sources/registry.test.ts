import {afterEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {Session} from '../../source/session.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {registerSource, registeredSources, unregisterSource} from '../../source/sources/registry.js';

const today = '2026-11-25' as IsoDate;
const october = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [],
} as const;

afterEach(() => unregisterSource('files'));

describe('the source registry', () => {
	it('ships Cost Explorer as "aws" and the demo', () => {
		expect(registeredSources()).toEqual(expect.arrayContaining(['aws', 'demo']));
	});

	it('makes a registered source for the scopes that name it, with what the session shares', async () => {
		const made: string[] = [];
		registerSource({
			name: 'files',
			description: 'billing exports on disk',
			async create(scope, context) {
				made.push(`${scope.profile ?? 'default'} ${context.today}`);
				context.shared('pool', () => made.push('pool'));
				return {...createDemoSource({today: context.today}), kind: 'files'};
			},
		});
		const session = new Session({today, cacheMode: 'off'});
		const engine = await session.engineFor({source: 'files', profile: 'exports'});
		await session.engineFor({source: 'files', profile: 'other'});
		expect((await engine.run({...october, scope: {source: 'files', profile: 'exports'}})).empty).toBe(false);
		expect(made).toEqual([`exports ${today}`, 'pool', `other ${today}`]);
		await session.close();
	});

	it('refuses a name registered twice, and names the choices for one nobody registered', async () => {
		expect(() => registerSource({name: 'demo', description: 'again', create: () => Promise.reject(new Error('unused'))})).toThrow('already registered');
		const session = new Session({today, cacheMode: 'off'});
		await expect(session.engineFor({source: 'parquet'})).rejects.toMatchObject({kind: 'bad-input', message: expect.stringMatching(/no data source "parquet": use one of aws, demo/)});
		await session.close();
	});
});
