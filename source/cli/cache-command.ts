import {formatAmount, parseAmount} from '../money.js';
import {defaultCachePath} from '../paths.js';
import {cacheNotInUse, cacheReport, openCacheFile} from '../application/cache-report.js';
import {CostError, badInput} from '../errors.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';

export const CACHE_USAGE = `Usage: aws-cost cache stats [--format json]
       aws-cost cache clear
`;

const formatBytes = (bytes: number): string =>
	bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** `aws-cost cache clear`: empties the cache file. */
async function clearCache(path: string, io: CommandIo): Promise<number> {
	const opened = await openCacheFile(path, warnOn(io));
	if ('problem' in opened) {
		io.logger(`warning: ${opened.problem}`);
		throw new CostError('data-unavailable', `${opened.problem} Nothing was cleared.`);
	}
	try {
		await opened.cache.clear();
		io.stdout.write('Cache cleared.\n');
		return 0;
	} finally {
		await opened.cache.close();
	}
}

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
		if (action === 'clear') return clearCache(path, io);
		// A damaged file is moved aside and replaced (one warning line), so even then stats work.
		const report = await cacheReport(path, warnOn(io));
		if (cacheNotInUse(report)) io.logger(`warning: ${report.problem}`);
		if (values.format === 'json') {
			io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
			return 0;
		}
		if (cacheNotInUse(report)) {
			io.stdout.write(`Cache:          ${path}\nNot in use:     ${report.problem}\n`);
			return 0;
		}
		const saved = formatAmount(parseAmount((report.requestsSaved / 100).toFixed(2)));
		io.stdout.write(
			[
				`Cache:          ${report.path}`,
				`Entries:        ${report.entries}`,
				`Size:           ${formatBytes(report.bytes)}`,
				`Hits / misses:  ${report.hits} / ${report.misses}`,
				`Requests saved: ${report.requestsSaved} (${saved} at $0.01 each)`,
				'',
			].join('\n'),
		);
		return 0;
	});
}
