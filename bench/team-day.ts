import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {CostCache, TierStats} from '../source/cache/cost-cache.js';
import {openCostCache} from '../source/cache/index.js';
import type {IsoDate} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import {resolvePreset} from '../source/presets.js';
import type {CostQuery, GroupBy} from '../source/query.js';
import type {CostSource} from '../source/sources/source.js';
import {createDemoSource} from '../source/sources/demo/index.js';
import {startRedis} from '../test/fixtures/redis-server.js';

const today = '2026-11-25' as IsoDate;
const users = 10;
const viewsPerUser = 30;
const replicas = 3;
/** What a Cost Explorer page costs in time (its answers take hundreds of ms). */
const upstreamPageMs = 150;

const dimension = (key: GroupBy['key']): GroupBy => ({type: 'DIMENSION', key}) as GroupBy;

/** The views a team opens on a day: a few screens, several grains and drill-downs; people overlap a lot. */
function teamViews(): CostQuery[] {
	const base = {metric: 'UnblendedCost' as const, scope: {source: 'demo' as const}};
	const periods = (['last-month', 'this-month', 'last-3-months', 'last-7-days'] as const).map(preset => resolvePreset(preset, today));
	const views: CostQuery[] = [];
	for (const period of periods) {
		for (const groupBy of [[dimension('SERVICE')], [dimension('REGION')], [dimension('LINKED_ACCOUNT')], []]) {
			views.push({...base, period, granularity: 'DAILY', groupBy});
			views.push({...base, period, granularity: 'MONTHLY', groupBy});
		}
	}
	return views;
}

/** Deterministic picks, so both runs replay the same day. */
function* picks(seed: number, count: number, size: number): Generator<number> {
	let state = seed;
	for (let index = 0; index < count; index++) {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		// Popular views first: squaring skews towards the start of the list.
		yield Math.floor(((state / 2 ** 31) ** 2) * size);
	}
}

/** The demo organization, answering with Cost Explorer's latency. */
function slowDemo(): CostSource {
	const demo = createDemoSource({today});
	return {
		...demo,
		identity: () => demo.identity(),
		async *costAndUsage(query, signal) {
			for await (const page of demo.costAndUsage(query, signal)) {
				await new Promise(resolve => setTimeout(resolve, upstreamPageMs));
				yield page;
			}
		},
	};
}

export interface TeamDayRun {
	readonly billableRequests: number;
	readonly p50Ms: number;
	readonly p99Ms: number;
	/** The caches' tiers, summed over the replicas (latency: hit-weighted mean). */
	readonly tiers: readonly Pick<TierStats, 'tier' | 'hits' | 'hitLatencyMs'>[];
}

async function teamDay(sharedUrl: string | undefined): Promise<TeamDayRun> {
	const dir = mkdtempSync(join(tmpdir(), 'aws-cost-team-day-'));
	const caches: CostCache[] = [];
	try {
		const engines = await Promise.all(
			Array.from({length: replicas}, async (_, index) => {
				const cache = await openCostCache({path: join(dir, `replica-${index}`, 'cache.sqlite'), ...(sharedUrl === undefined ? {} : {shared: {url: sharedUrl}})});
				caches.push(cache);
				return new CostEngine({source: slowDemo(), cache, today});
			}),
		);
		const views = teamViews();
		const latencies: number[] = [];
		await Promise.all(
			Array.from({length: users}, async (_, user) => {
				const engine = engines[user % replicas]!;
				for (const view of picks(user + 1, viewsPerUser, views.length)) {
					const started = performance.now();
					await engine.run(views[view]!);
					latencies.push(performance.now() - started);
				}
			}),
		);
		await Promise.all(engines.map(async engine => engine.settled()));
		const stats = await Promise.all(caches.map(async cache => cache.stats()));
		latencies.sort((a, b) => a - b);
		const at = (fraction: number): number => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))]!;
		const tiers = (['l1', 'l2', 'l3'] as const).flatMap(tier => {
			const all = stats.flatMap(stat => stat.tiers.filter(found => found.tier === tier));
			if (all.length === 0) return [];
			const hits = all.reduce((sum, found) => sum + found.hits, 0);
			const micros = all.reduce((sum, found) => sum + found.hitMicros, 0);
			return [{tier, hits, hitLatencyMs: hits === 0 ? null : micros / hits / 1000}];
		});
		return {billableRequests: engines.reduce((sum, engine) => sum + engine.sessionStats.billableRequests, 0), p50Ms: at(0.5), p99Ms: at(0.99), tiers};
	} finally {
		await Promise.all(caches.map(async cache => cache.close()));
		rmSync(dir, {recursive: true, force: true});
	}
}

/** The team day without and with the shared tier, on a Redis of its own. */
export async function benchTeamDay(): Promise<{withoutShared: TeamDayRun; withShared: TeamDayRun}> {
	const redis = await startRedis();
	try {
		const withoutShared = await teamDay(undefined);
		const withShared = await teamDay(redis.url);
		return {withoutShared, withShared};
	} finally {
		await redis.remove();
	}
}

export function describeTeamDay({withoutShared, withShared}: {withoutShared: TeamDayRun; withShared: TeamDayRun}): string[] {
	const ms = (value: number | null): string => (value === null ? '-' : value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`);
	const line = (name: string, run: TeamDayRun): string => `${name}  ${String(run.billableRequests).padStart(4)} billable requests ($${(run.billableRequests / 100).toFixed(2)}), p50 ${ms(run.p50Ms)}, p99 ${ms(run.p99Ms)}`;
	return [
		`${users} users × ${viewsPerUser} views over ${replicas} replicas, Cost Explorer at ${upstreamPageMs} ms a page:`,
		line('memory + file per replica   ', withoutShared),
		line('+ shared Redis (L3)         ', withShared),
		`hit latency (mean): ${withShared.tiers.map(tier => `${tier.tier.toUpperCase()} ${ms(tier.hitLatencyMs)} (${tier.hits} hits)`).join(', ')}`,
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const line of describeTeamDay(await benchTeamDay())) console.log(line);
}
