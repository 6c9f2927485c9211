import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Where the built web dashboard is: AWS_COST_WEB_DIR, else the `web/` folder
 * beside the bundle (dist/cli.js and dist/chunks/ both find dist/web), else
 * dist/web of the checkout when run from source. Undefined when not built.
 */
export function findWebRoot(env: NodeJS.ProcessEnv, from: string = import.meta.url): string | undefined {
	if (env.AWS_COST_WEB_DIR !== undefined && env.AWS_COST_WEB_DIR !== '') return env.AWS_COST_WEB_DIR;
	let directory = dirname(fileURLToPath(from));
	for (let level = 0; level < 4; level++) {
		for (const candidate of [join(directory, 'web'), join(directory, 'dist', 'web')]) {
			if (existsSync(join(candidate, 'index.html'))) return candidate;
		}
		directory = dirname(directory);
	}
	return undefined;
}
