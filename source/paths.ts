import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

const appName = 'aws-cost';
const cacheFileName = 'cache.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

/** XDG says relative values are invalid and must be ignored. */
function absoluteOrUndefined(value: string | undefined): string | undefined {
	return value !== undefined && value !== '' && isAbsolute(value) ? value : undefined;
}

function homeOf(env: Env): string {
	return absoluteOrUndefined(env['HOME']) ?? homedir();
}

/**
 * The directory the cache lives in: `AWS_COST_CACHE_DIR` (tests, CI), else
 * `$XDG_CACHE_HOME/aws-cost`, else the platform's cache directory.
 */
export function defaultCacheDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
	const override = env['AWS_COST_CACHE_DIR'];
	if (override !== undefined && override !== '') return override;
	const xdg = absoluteOrUndefined(env['XDG_CACHE_HOME']);
	if (xdg !== undefined) return join(xdg, appName);
	if (platform === 'darwin') return join(homeOf(env), 'Library', 'Caches', appName);
	if (platform === 'win32') {
		return join(absoluteOrUndefined(env['LOCALAPPDATA']) ?? join(homeOf(env), 'AppData', 'Local'), appName, 'Cache');
	}
	return join(homeOf(env), '.cache', appName);
}

/** The SQLite file the cost cache is kept in. */
export function defaultCachePath(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
	return join(defaultCacheDir(env, platform), cacheFileName);
}

/** Where the log file goes: `$XDG_STATE_HOME/aws-cost`, else `~/.local/state/aws-cost`. */
export function defaultStateDir(env: Env = process.env): string {
	const xdg = absoluteOrUndefined(env['XDG_STATE_HOME']);
	return xdg === undefined ? join(homeOf(env), '.local', 'state', appName) : join(xdg, appName);
}
