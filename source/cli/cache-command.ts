import {formatAmount, parseAmount} from '../money.js';
import {defaultCachePath} from '../paths.js';
import {cacheNotInUse, cacheReport, openCacheFile} from '../application/cache-report.js';
import {CostError, badInput} from '../errors.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {CACHE_URL_HELP, envWithCacheUrl} from './cache-url.js';
import {formatBytes, tierLines} from './cache-tier-lines.js';

export const CACHE_USAGE = `Usage: aws-cost cache stats [--format json] [--cache-url URL]
       aws-cost cache clear [--cache-url URL]

Stats per tier: L1 memory (this process), L2 the file, L3 the shared Redis.
Clear empties the file and, with a shared Redis, aws-cost's keys in it.
${CACHE_URL_HELP}
`;

/** `aws-cost cache clear`: empties the cache file. */
async function clearCache(path: string, io: CommandIo, sharedUrl: string | undefined): Promise<number> {
	const opened = await openCacheFile(path, warnOn(io), sharedUrl);
	if ('problem' in opened) {
		io.logger(`warning: ${opened.problem}`);
		throw new CostError('data-unavailable', `${opened.problem} Nothing was cleared.`);
	}
	try {
		try {
			await opened.cache.clear();
		} catch {
			throw new CostError('data-unavailable', 'The file cache was cleared, but the shared Redis cache could not be: try again once it answers.');
		}
		io.stdout.write('Cache cleared.\n');
		return 0;
	} finally {
		await opened.cache.close();
	}
}

/** `aws-cost cache stats|clear`: what the cache holds and saved, or empty it. */
export function runCache(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, {format: {type: 'string'}, 'cache-url': {type: 'string'}, help: {type: 'boolean', short: 'h'}}, true);
		const action = positionals[0];
		if (values.help || action === undefined) {
			io.stdout.write(CACHE_USAGE);
			return values.help ? 0 : 2;
		}
		if (action !== 'stats' && action !== 'clear') throw badInput(`Unknown cache action "${action}": use stats or clear.`);
		if (values.format !== undefined && values.format !== 'json' && values.format !== 'table') {
			throw badInput(`Unknown format "${values.format}": use table or json.`);
		}
		const sharedUrl = envWithCacheUrl(values['cache-url'], io.env)['AWS_COST_CACHE_URL'] || undefined;
		const path = defaultCachePath(io.env);
		if (action === 'clear') return clearCache(path, io, sharedUrl);
		// A damaged file is moved aside and replaced (one warning line), so even then stats work.
		const report = await cacheReport(path, warnOn(io), sharedUrl);
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
				...tierLines(report.tiers),
				'',
			].join('\n'),
		);
		return 0;
	});
}
