import {stat} from 'node:fs/promises';
import type {CacheCounters} from './cache-counters.js';
import type {CacheStorage} from './cache-storage.js';
import {type TierStats, meanHitMs} from './cache-tier.js';
import type {MemoryTier} from './memory-tier.js';
import type {RedisStorage} from './redis-storage.js';

const entryPrefix = 'entry:';

export interface StatsSources {
	readonly memory: MemoryTier;
	readonly file: CacheStorage;
	readonly path: string;
	readonly shared: RedisStorage | undefined;
}

/** Each tier's entries and bytes as they are now, with the lookups the counters recorded for it. */
export async function tierStats(sources: StatsSources, counters: CacheCounters): Promise<TierStats[]> {
	const {memory, file, path, shared} = sources;
	const counted = (tier: 'l1' | 'l2' | 'l3') => ({...counters.tiers[tier], hitLatencyMs: meanHitMs(counters.tiers[tier])});
	const [fileEntries, fileBytes] = await Promise.all([file.countKeys(entryPrefix), databaseBytes(path)]);
	const tiers: TierStats[] = [
		{tier: 'l1', where: 'memory', available: true, entries: memory.entries, bytes: memory.bytes, ...counted('l1')},
		{tier: 'l2', where: path, available: true, entries: fileEntries, bytes: fileBytes, ...counted('l2')},
	];
	if (shared !== undefined) tiers.push({tier: 'l3', where: shared.where, ...(await sharedSize(shared)), ...counted('l3')});
	return tiers;
}

async function sharedSize(shared: RedisStorage): Promise<Pick<TierStats, 'available' | 'entries' | 'bytes' | 'problem'>> {
	try {
		const [entries, bytes] = await Promise.all([shared.countKeys(entryPrefix), shared.bytes()]);
		return {available: true, entries, bytes};
	} catch {
		return {available: false, entries: 0, bytes: 0, problem: shared.unavailableReason ?? 'it does not answer'};
	}
}

/** The database file and its write-ahead log, which holds recent writes until a checkpoint. */
async function databaseBytes(path: string): Promise<number> {
	const sizeOf = async (file: string): Promise<number> =>
		stat(file).then(
			found => found.size,
			() => 0,
		);
	const [database, log] = await Promise.all([sizeOf(path), sizeOf(`${path}-wal`)]);
	return database + log;
}
