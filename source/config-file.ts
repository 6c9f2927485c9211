import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory, tightenFileSync} from './private-files.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The settings directory, where conf keeps `config.json` for `aws-cost`:
 * `AWS_COST_CONFIG_DIR`, else `$XDG_CONFIG_HOME/aws-cost`, else the platform's
 * config directory (as conf's env-paths puts it).
 */
export function defaultConfigDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
	const override = env['AWS_COST_CONFIG_DIR'];
	if (override !== undefined && override !== '') return override;
	const home = env['HOME'] !== undefined && isAbsolute(env['HOME']) ? env['HOME'] : homedir();
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'aws-cost');
	if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'aws-cost', 'Config');
	const xdg = env['XDG_CONFIG_HOME'];
	return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, '.config'), 'aws-cost');
}

export type ConfigRead =
	| {readonly ok: true; readonly values: Readonly<Record<string, unknown>>}
	| {readonly ok: false; readonly problem: string};

/**
 * Reads the settings file without loading conf: the app's first frame must not
 * wait for conf's JSON-schema machinery. A missing file is an empty one.
 */
export function readConfigFile(directory: string): ConfigRead {
	let text: string;
	try {
		text = readFileSync(join(directory, 'config.json'), 'utf8');
		// Written 0644 by versions before 0600; budgets and endpoints are nobody else's business.
		tightenPrivately(join(directory, 'config.json'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {ok: true, values: {}};
		return {ok: false, problem: firstLine(error)};
	}
	try {
		const values: unknown = JSON.parse(text === '' ? '{}' : text);
		if (typeof values !== 'object' || values === null || Array.isArray(values)) return {ok: false, problem: 'not a JSON object'};
		return {ok: true, values: values as Record<string, unknown>};
	} catch (error) {
		return {ok: false, problem: firstLine(error)};
	}
}

/** Sets (or, for undefined, deletes) keys of the settings file through conf, which writes atomically. */
export async function writeConfigKeys(directory: string, patch: Readonly<Record<string, unknown>>): Promise<void> {
	await ensurePrivateDirectory(directory);
	const {default: Conf} = await import('conf');
	const conf = new Conf<Record<string, unknown>>({
		projectName: 'aws-cost',
		projectSuffix: '',
		cwd: directory,
		configFileMode: PRIVATE_FILE_MODE,
	});
	for (const [key, value] of Object.entries(patch)) {
		if (value === undefined) conf.delete(key);
		else conf.set(key, value);
	}
}

export function configFilePath(directory: string): string {
	return join(directory, 'config.json');
}

function tightenPrivately(path: string): void {
	try {
		tightenFileSync(path);
	} catch {
		// A file we may read but not chmod (someone else's) is still read.
	}
}

function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? '').trim();
}
