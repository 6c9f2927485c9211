import {CostError, badInput} from '../errors.js';
import type {Scope} from '../query.js';
import type {ExportLocation} from '../sources/export-location.js';

/** Which scopes the user asked for, before credentials are looked at. */
export type ScopeRequest =
	| {readonly kind: 'demo'}
	| {readonly kind: 'export'; readonly location: ExportLocation; readonly label: string}
	/** A plugin's source: `--source NAME` or `--source NAME:ARGUMENT`. */
	| {readonly kind: 'source'; readonly source: string; readonly argument?: string; readonly label: string}
	| {readonly kind: 'default'}
	| {readonly kind: 'profiles'; readonly profiles: readonly string[]}
	| {readonly kind: 'all-profiles'};

export type CacheMode = 'use' | 'refresh' | 'off';

export interface LabelledScope {
	readonly label: string;
	readonly scope: Scope;
}

const noCredentialsForScripts = () =>
	new CostError(
		'no-demo-consent',
		'No AWS credentials found: configure a profile (`aws configure` or `aws sso login`), or pass --demo for demo data.',
	);

/**
 * Which scopes a command runs under. Scripts never fall back to demo data
 * silently: without credentials and without --demo this refuses.
 */
export async function resolveScopes(
	request: ScopeRequest,
	account: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
): Promise<LabelledScope[]> {
	const withAccount = (scope: Scope): Scope => (account === undefined ? scope : {...scope, account});
	if (request.kind === 'demo') return [{label: 'demo', scope: withAccount({source: 'demo'})}];
	if (request.kind === 'export') return [{label: request.label, scope: withAccount({source: 'export', exportLocation: request.location})}];
	if (request.kind === 'source') {
		return [{label: request.label, scope: withAccount({source: request.source, ...(request.argument === undefined ? {} : {argument: request.argument})})}];
	}
	const credentials = await import('../sources/cost-explorer/credentials.js');
	if (request.kind === 'profiles') {
		return request.profiles.map(profile => ({label: profile, scope: withAccount({source: 'aws', profile})}));
	}
	if (request.kind === 'all-profiles') {
		const profiles = await credentials.listProfiles(env);
		if (profiles.length === 0) throw new CostError('no-credentials', 'No profiles found in ~/.aws/config or ~/.aws/credentials: run `aws configure`.');
		return profiles.map(profile => ({label: profile, scope: withAccount({source: 'aws', profile})}));
	}
	if (!(await credentials.hasAwsCredentials(env))) throw noCredentialsForScripts();
	const profile = env['AWS_PROFILE'] || undefined;
	return [{label: profile ?? 'default', scope: withAccount(profile === undefined ? {source: 'aws'} : {source: 'aws', profile})}];
}


/** The scope flags every command shares. */
export interface ScopeFlags {
	readonly demo?: boolean;
	readonly profile?: readonly string[];
	readonly 'all-profiles'?: boolean;
}

/** `--demo`, `--profile P`… or `--all-profiles` as a scope request; contradictions are one-line bad-input errors. */
export function scopeRequestFromFlags(flags: ScopeFlags): ScopeRequest {
	if (flags.demo && (flags.profile !== undefined || flags['all-profiles'])) {
		throw badInput('--demo uses the built-in demo organization: drop --profile/--all-profiles.');
	}
	if (flags.profile !== undefined && flags['all-profiles']) throw badInput('Use either --profile or --all-profiles.');
	if (flags.demo) return {kind: 'demo'};
	if (flags['all-profiles']) return {kind: 'all-profiles'};
	if (flags.profile !== undefined) return {kind: 'profiles', profiles: [...new Set(flags.profile)]};
	return {kind: 'default'};
}
