import {formatAmount, parseAmount} from '../money.js';
import {defaultCachePath} from '../paths.js';
import type {CostCache} from '../cache/cost-cache.js';
import {CostError, badInput} from '../errors.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';

export const CACHE_USAGE = `Usage: aws-cost cache stats [--format json]
       aws-cost cache clear
`;

const formatBytes = (bytes: number): string =>
	bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** `aws-cost cache stats|clear`: what the cache holds and saved, or empty it. */
export function runCache(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, {format: {type: 'string'}, help: {type: 'boolean', short: 'h'}}, true);
		const action = positionals[0];
		if (values.help || action === undefined) {
			io.stdout.write(CACHE_USAGE);
			return values.help ? 0 : 2;
		}
		if (action !== 'stats' && action !== 'clear') throw badInput(`Unknown cache action "${action}": use stats or clear.`);
		if (values.format !== undefined && values.format !== 'json' && values.format !== 'table') {
			throw badInput(`Unknown format "${values.format}": use table or json.`);
		}
		const path = defaultCachePath(io.env);
		const {CacheUnavailableError, openCostCache} = await import('../cache/index.js');
		let cache: CostCache;
		try {
			// A damaged file is moved aside and replaced (one warning line), so even then clear and stats work.
			cache = await openCostCache({path, onWarning: warnOn(io)});
		} catch (error) {
			if (!(error instanceof CacheUnavailableError)) throw error;
			io.logger(`warning: ${error.message}`);
			if (action === 'clear') throw new CostError('data-unavailable', `${error.message} Nothing was cleared.`);
			const notInUse = {path, inUse: false, problem: error.message};
			io.stdout.write(
				values.format === 'json' ? `${JSON.stringify(notInUse, null, 2)}\n` : `Cache:          ${path}\nNot in use:     ${error.message}\n`,
			);
			return 0;
		}
		try {
			if (action === 'clear') {
				await cache.clear();
				io.stdout.write('Cache cleared.\n');
				return 0;
			}
			const stats = await cache.stats();
			if (values.format === 'json') {
				io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
				return 0;
			}
			const saved = formatAmount(parseAmount((stats.requestsSaved / 100).toFixed(2)));
			io.stdout.write(
				[
					`Cache:          ${stats.path}`,
					`Entries:        ${stats.entries}`,
					`Size:           ${formatBytes(stats.bytes)}`,
					`Hits / misses:  ${stats.hits} / ${stats.misses}`,
					`Requests saved: ${stats.requestsSaved} (${saved} at $0.01 each)`,
					'',
				].join('\n'),
			);
			return 0;
		} finally {
			await cache.close();
		}
	});
}
