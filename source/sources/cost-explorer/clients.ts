import type {CostExplorerClient} from '@aws-sdk/client-cost-explorer';
import type {OrganizationsClient} from '@aws-sdk/client-organizations';
import type {STSClient} from '@aws-sdk/client-sts';
import type {fromNodeProviderChain} from '@aws-sdk/credential-providers';
import {namedExports} from '../../module-interop.js';

/** What resolves AWS credentials: the node provider chain, or a fixed one in tests. */
export type CredentialProvider = ReturnType<typeof fromNodeProviderChain>;

export interface ClientSettings {
	readonly profile?: string;
	readonly region: string;
	readonly credentials?: CredentialProvider;
}

type CostExplorerSdk = typeof import('@aws-sdk/client-cost-explorer');
type StsSdk = typeof import('@aws-sdk/client-sts');
type OrganizationsSdk = typeof import('@aws-sdk/client-organizations');

/** A client with its module, so commands come from the same lazily loaded code. */
export interface Loaded<Client, Sdk> {
	readonly client: Client;
	readonly sdk: Sdk;
}

export interface AwsClients {
	costExplorer(): Promise<Loaded<CostExplorerClient, CostExplorerSdk>>;
	sts(): Promise<Loaded<STSClient, StsSdk>>;
	organizations(): Promise<Loaded<OrganizationsClient, OrganizationsSdk>>;
}

/**
 * Builds the SDK clients on first use, so start-up does not pay for loading
 * them. All three share one credential provider (one SSO token, one role
 * session). The SDK's own retries are off (maxAttempts 1): retry-policy.ts
 * decides. Endpoint overrides (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_COST_EXPLORER,
 * AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_ORGANIZATIONS, `endpoint_url` in the
 * profile) are honoured by the SDK itself.
 */
export function createAwsClients(settings: ClientSettings): AwsClients {
	process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
	let credentialsPromise: Promise<CredentialProvider> | undefined;
	const credentials = (): Promise<CredentialProvider> =>
		(credentialsPromise ??= settings.credentials
			? Promise.resolve(settings.credentials)
			: import('@aws-sdk/credential-providers').then(module =>
					namedExports(module).fromNodeProviderChain(settings.profile === undefined ? {} : {profile: settings.profile}),
				));
	const config = async () => ({
		region: settings.region,
		credentials: await credentials(),
		maxAttempts: 1,
		requestHandler: {connectionTimeout: 10_000, requestTimeout: 60_000},
		...(settings.profile === undefined ? {} : {profile: settings.profile}),
	});
	const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
		let loaded: Promise<T> | undefined;
		return () =>
			(loaded ??= load().catch((error: unknown) => {
				loaded = undefined;
				throw error;
			}));
	};
	return {
		costExplorer: once(async () => {
			const sdk = namedExports(await import('@aws-sdk/client-cost-explorer'));
			return {client: new sdk.CostExplorerClient(await config()), sdk};
		}),
		sts: once(async () => {
			const sdk = namedExports(await import('@aws-sdk/client-sts'));
			return {client: new sdk.STSClient(await config()), sdk};
		}),
		organizations: once(async () => {
			const sdk = namedExports(await import('@aws-sdk/client-organizations'));
			return {client: new sdk.OrganizationsClient(await config()), sdk};
		}),
	};
}
