import {CostError} from '../errors.js';
import type {Scope} from '../query.js';
import type {ExportLocation} from '../sources/export-location.js';

/** Which scopes the user asked for, before credentials are looked at. */
export type ScopeRequest =
	| {readonly kind: 'demo'}
	| {readonly kind: 'export'; readonly location: ExportLocation; readonly label: string}
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

