import type {TierStats} from '../cache/cost-cache.js';

export const formatBytes = (bytes: number): string =>
	bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

const tierNames = {l1: 'L1 memory', l2: 'L2 file', l3: 'L3 Redis'} as const;

const latency = (ms: number | null): string => (ms === null ? '-' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

/**
 * `cache stats`' table of tiers: what each holds now (L1: this process's
 * memory, empty in a fresh CLI process) and what its lookups found.
 */
export function tierLines(tiers: readonly TierStats[]): string[] {
	const rows = tiers.map(tier => [
		tierNames[tier.tier],
		tier.available ? String(tier.entries) : '-',
		tier.available ? formatBytes(tier.bytes) : '-',
		String(tier.hits),
		String(tier.misses),
		latency(tier.hitLatencyMs),
	]);
	const header = ['Tier', 'Entries', 'Size', 'Hits', 'Misses', 'Hit latency'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)));
	const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	const notes = tiers.flatMap(tier => (tier.tier === 'l3' ? [`L3 Redis:       ${tier.where}${tier.available ? '' : ` (unavailable: ${tier.problem ?? 'no answer'})`}`] : []));
	return [line(header), ...rows.map(line), ...notes];
}
