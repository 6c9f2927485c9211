import {redisUrlProblem} from '../cache/redis-url.js';
import {badInput} from '../errors.js';

/** `--cache-url`'s help line, the same in every command that takes it. */
export const CACHE_URL_HELP = '  --cache-url URL       share a Redis cache tier with other processes (redis://…; also AWS_COST_CACHE_URL)';

/** The environment with `--cache-url` standing in for AWS_COST_CACHE_URL; a URL that is not Redis's is refused in one line. */
export function envWithCacheUrl(url: string | undefined, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	if (url === undefined) return env;
	const problem = redisUrlProblem(url);
	if (problem !== undefined) throw badInput(`--cache-url cannot be used: ${problem}.`);
	return {...env, AWS_COST_CACHE_URL: url};
}
