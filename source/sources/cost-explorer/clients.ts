import type {CostExplorerClient} from '@aws-sdk/client-cost-explorer';
import type {OrganizationsClient} from '@aws-sdk/client-organizations';
import type {STSClient} from '@aws-sdk/client-sts';
import type {fromNodeProviderChain} from '@aws-sdk/credential-providers';
import {namedExports} from '../../module-interop.js';
import {DEFAULT_TIMEOUT_MS} from '../../timeouts.js';

/** What resolves AWS credentials: the node provider chain, or a fixed one in tests. */
export type CredentialProvider = ReturnType<typeof fromNodeProviderChain>;

export interface ClientSettings {
	readonly profile?: string;
	readonly region: string;
	readonly credentials?: CredentialProvider;
	/** Connect + response timeout per request, ms; aws-caller enforces it, the SDK's own is a backstop. */
	readonly timeoutMs?: number;
}

/** The three services, as AwsClients names them. */
export type AwsService = 'costExplorer' | 'sts' | 'organizations';

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
	/** Where the service's requests went (scheme, host, port), for messages; undefined before the first. */
	endpoint(service: AwsService): string | undefined;
	/** The access key id the credentials resolve to (resolving them if needed). */
	accessKeyId(): Promise<string>;
}

interface MiddlewareStackOwner {
	readonly middlewareStack: {
		add(middleware: (next: (args: {request: unknown}) => Promise<unknown>) => (args: {request: unknown}) => Promise<unknown>, options: {step: 'finalizeRequest'; name: string}): void;
	};
}

/** Remembers where each request of `client` is sent, once the SDK has resolved the endpoint. */
function recordEndpoint(client: MiddlewareStackOwner, remember: (url: string) => void): void {
	client.middlewareStack.add(
		next => async args => {
			const request = args.request as {protocol?: string; hostname?: string; port?: number} | undefined;
			if (request?.hostname) remember(`${request.protocol ?? 'https:'}//${request.hostname}${request.port ? `:${request.port}` : ''}`);
			return next(args);
		},
		{step: 'finalizeRequest', name: 'awsCostRecordEndpoint'},
	);
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
	const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const endpoints = new Map<AwsService, string>();
	const watched = <Client extends object>(service: AwsService, client: Client): Client => {
		recordEndpoint(client as unknown as MiddlewareStackOwner, url => endpoints.set(service, url));
		return client;
	};
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
		// A little later than aws-caller's own deadline, which names the endpoint; this one also catches a stalled body.
		requestHandler: {connectionTimeout: timeoutMs + 1000, requestTimeout: timeoutMs + 1000, throwOnRequestTimeout: true},
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
			return {client: watched('costExplorer', new sdk.CostExplorerClient(await config())), sdk};
		}),
		sts: once(async () => {
			const sdk = namedExports(await import('@aws-sdk/client-sts'));
			return {client: watched('sts', new sdk.STSClient(await config())), sdk};
		}),
		organizations: once(async () => {
			const sdk = namedExports(await import('@aws-sdk/client-organizations'));
			return {client: watched('organizations', new sdk.OrganizationsClient(await config())), sdk};
		}),
		endpoint: service => endpoints.get(service),
		accessKeyId: async () => (await (await credentials())()).accessKeyId,
	};
}
