import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import {openCostCache} from '../../source/cache/index.js';
import type {CostCache} from '../../source/cache/cost-cache.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery, GroupBy} from '../../source/query.js';
import type {Identity} from '../../source/sources/source.js';

export const ANA: Identity = {account: '111111111111', principal: 'arn:aws:iam::111111111111:user/ana'};
export const BEN: Identity = {account: '222222222222', principal: 'arn:aws:iam::222222222222:user/ben'};
export const SERVICE: GroupBy = {type: 'DIMENSION', key: 'SERVICE'};
export const REGION: GroupBy = {type: 'DIMENSION', key: 'REGION'};

export function query(
	start: string,
	end: string,
	granularity: CostQuery['granularity'],
	groupBy: readonly GroupBy[] = [],
	extra: Partial<CostQuery> = {},
): CostQuery {
	return {
		period: {start: start as IsoDate, end: end as IsoDate},
		granularity,
		metric: 'UnblendedCost',
		groupBy,
		scope: {source: 'demo'},
		...extra,
	};
}

/** A clock tests move by hand. */
export class ManualClock {
	time: number;
	constructor(time = Date.UTC(2026, 8, 15, 9)) {
		this.time = time;
	}

	readonly now = (): number => this.time;
	advance(ms: number): void {
		this.time += ms;
	}
}

/**
 * Cache files in a fresh temporary directory; every cache opened through it
 * is closed and the directory removed after each test.
 */
export function useTempCaches(): {path: () => string; open: (clock?: ManualClock) => Promise<CostCache>} {
	let directory: string | undefined;
	const opened: CostCache[] = [];
	afterEach(async () => {
		await Promise.all(opened.splice(0).map(async cache => cache.close()));
		if (directory !== undefined) await rm(directory, {recursive: true, force: true});
		directory = undefined;
	});
	const path = (): string => {
		if (directory === undefined) throw new Error('open a cache first');
		return join(directory, 'nested', 'cache.sqlite');
	};
	return {
		path,
		async open(clock = new ManualClock()) {
			directory ??= await mkdtemp(join(tmpdir(), 'aws-cost-cache-'));
			const cache = await openCostCache({path: path(), now: clock.now});
			opened.push(cache);
			return cache;
		},
	};
}
