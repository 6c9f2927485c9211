import {homedir} from 'node:os';
import {join} from 'node:path';
import {loadSharedConfigFiles} from '@smithy/shared-ini-file-loader';

/*
 * Deliberately free of SDK clients: the TUI asks these at start-up to decide
 * between AWS and demo data, before anything heavy is loaded.
 */

function homeOf(env: NodeJS.ProcessEnv): string {
	return env['HOME'] || env['USERPROFILE'] || homedir();
}

function expandHome(path: string, env: NodeJS.ProcessEnv): string {
	return path.startsWith('~/') ? join(homeOf(env), path.slice(2)) : path;
}

/** The shared config and credentials files as `env` names them (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE). */
export function sharedFilePaths(env: NodeJS.ProcessEnv = process.env): {config: string; credentials: string} {
	return {
		config: expandHome(env['AWS_CONFIG_FILE'] || join(homeOf(env), '.aws', 'config'), env),
		credentials: expandHome(env['AWS_SHARED_CREDENTIALS_FILE'] || join(homeOf(env), '.aws', 'credentials'), env),
	};
}

/**
 * Every profile named in the shared config and credentials files, `default`
 * first, then by name. Missing or unreadable files count as empty.
 */
export async function listProfiles(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
	const paths = sharedFilePaths(env);
	const files = await loadSharedConfigFiles({filepath: paths.credentials, configFilepath: paths.config, ignoreCache: true});
	// The config file also holds [sso-session x] and [services x] sections, which are not profiles.
	const configProfiles = Object.keys(files.configFile).filter(name => !/^(sso-session|services)\./.test(name));
	const names = new Set([...configProfiles, ...Object.keys(files.credentialsFile)]);
	return [...names].sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
}

const CREDENTIAL_ENV_VARS = [
	'AWS_ACCESS_KEY_ID',
	'AWS_PROFILE',
	'AWS_WEB_IDENTITY_TOKEN_FILE',
	'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
	'AWS_CONTAINER_CREDENTIALS_FULL_URI',
] as const;

/**
 * A cheap guess whether AWS credentials could be found, without resolving
 * them (no network, no SSO): a credential env var, or any profile on disk.
 * Decides whether the app starts on AWS or offers the demo.
 */
export async function hasAwsCredentials(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
	if (CREDENTIAL_ENV_VARS.some(name => (env[name] ?? '') !== '')) return true;
	return (await listProfiles(env)).length > 0;
}
