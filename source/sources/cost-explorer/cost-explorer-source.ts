import {resolveToday} from '../../clock.js';
import {type IsoDate, type Period, addDays} from '../../dates.js';
import {isCostError} from '../../errors.js';
import type {CostQuery} from '../../query.js';
import type {CostPage} from '../../rows.js';
import {earliestDailyDate} from '../../validate.js';
import type {Account, CostSource, DimensionValue, DimensionValuesRequest, ForecastRequest, ForecastResult, GroupKeys, Identity, SourceAnomaly} from '../source.js';
import {type AwsCaller, createAwsCaller} from './aws-caller.js';
import {DEFAULT_TIMEOUT_MS} from '../../timeouts.js';
import {DEFAULT_COOL_DOWN_MS, createCircuitBreaker} from './circuit-breaker.js';
import {type AwsClients, type CredentialProvider, createAwsClients} from './clients.js';
import {clientOf, serviceOf} from './error-mapping.js';
import {type RateLimiter, DEFAULT_RATE_LIMIT, abortableSleep, createRateLimiter} from './rate-limiter.js';
import {timePeriodOf, toAnomaliesInput, toCostAndUsageInput, toCostForecastInput, toDimensionValuesInput} from './request-mapping.js';
import {malformed, toAnomalies, toCostRows, toDimensionValues, toForecastResult} from './response-mapping.js';
import {COST_EXPLORER_CAPABILITIES} from './limits.js';
import {fetchSavings} from './savings-calls.js';
import {costExplorerEndpoint, unverifiedIdentity} from './unverified-identity.js';

export interface CostExplorerSourceOptions {
	/** A profile from ~/.aws/config; undefined means the default chain (AWS_PROFILE, env, …). */
	readonly profile?: string;
	/** Cost Explorer answers from us-east-1 whatever the account's regions. */
	readonly region?: string;
	/** Share one across sources so many scopes at once stay within CE's rate. */
	readonly rateLimiter?: RateLimiter;
	/** Where details go (error names, request ids, retries); never credentials. */
	readonly logger?: (line: string) => void;
	/** Tries per request, the first included. */
	readonly maxAttempts?: number;
	readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly random?: () => number;
	/** Fixed credentials instead of the provider chain (tests). */
	readonly credentials?: CredentialProvider;
	/** "Today" for forecast limits and the account list's look-back; defaults to resolveToday(). */
	readonly today?: IsoDate;
	/** Connect + response deadline of each request, ms (default 30 s). */
	readonly timeoutMs?: number;
	/** How long Cost Explorer is left alone after it timed out, failed or throttled every retry (default 60 s). */
	readonly coolDownMs?: number;
	/** Epoch ms for the circuit breaker's cool-down; injected by tests. */
	readonly now?: () => number;
	/** One line for the person running this (stderr, the app), for what degrades without failing. */
	readonly warn?: (message: string) => void;
}

/** A CostSource over AWS, which also says what it has cost so far. */
export interface CostExplorerSource extends CostSource {
	readonly kind: 'aws';
	/** Every Cost Explorer request served so far ($0.01 each), pages and others alike. */
	billableRequestCount(): number;
	/** True while Cost Explorer is left alone after an outage (the circuit breaker is open). */
	circuitOpen(): boolean;
}

export const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * A source over AWS Cost Explorer. Pages are yielded as they arrive, each
 * worth one billable request. STS (identity) and Organizations (account
 * names) are free and not counted.
 */
export function createCostExplorerSource(options: CostExplorerSourceOptions = {}): CostExplorerSource {
	const profile = options.profile ?? (process.env['AWS_PROFILE'] || undefined);
	const clients = createAwsClients({
		region: options.region ?? 'us-east-1',
		...(options.profile === undefined ? {} : {profile: options.profile}),
		...(options.credentials === undefined ? {} : {credentials: options.credentials}),
		...(options.timeoutMs === undefined ? {} : {timeoutMs: options.timeoutMs}),
	});
	const logger = options.logger ?? (() => {});
	const breaker = createCircuitBreaker({
		service: 'Cost Explorer',
		coolDownMs: options.coolDownMs ?? DEFAULT_COOL_DOWN_MS,
		...(options.now === undefined ? {} : {now: options.now}),
	});
	const caller = createAwsCaller({
		rateLimiter: options.rateLimiter ?? createRateLimiter(DEFAULT_RATE_LIMIT),
		maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
		sleep: options.sleep ?? abortableSleep,
		random: options.random ?? Math.random,
		logger,
		...(profile === undefined ? {} : {profile}),
		timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
		endpointOf: operation => clients.endpoint(clientOf(operation)) ?? serviceOf(operation),
		breaker,
	});
	const today = (): IsoDate => options.today ?? resolveToday();
	const dimensionValues = (request: DimensionValuesRequest, signal?: AbortSignal) => fetchDimensionValues(clients, caller, request, signal);

	return {
		kind: 'aws',
		capabilities: COST_EXPLORER_CAPABILITIES,
		billableRequestCount: () => caller.billableRequestCount(),
		circuitOpen: () => breaker.isOpen(),
		costAndUsage: (query, signal) => costAndUsagePages(clients, caller, query, signal),
		dimensionValues,
		groupKeys: (period, signal) => fetchGroupKeys(clients, caller, period, signal),
		savings: signal => fetchSavings(clients, caller, today(), signal),

		async identity(signal): Promise<Identity> {
			const {client, sdk} = await clients.sts();
			try {
				const output = await caller.call('GetCallerIdentity', abortSignal => client.send(new sdk.GetCallerIdentityCommand({}), {abortSignal}), false, signal);
				if (!output?.Account || !output.Arn) throw malformed('GetCallerIdentity has no Account or Arn');
				return {account: output.Account, principal: output.Arn};
			} catch (error) {
				// STS down while Cost Explorer may be up: identify the credentials by their key rather than fail the query.
				if (!isCostError(error) || !error.sourceDown) throw error;
				const identity = unverifiedIdentity(await clients.accessKeyId(), profile, costExplorerEndpoint(process.env, options.region ?? 'us-east-1'));
				logger(`aws: identity unverified (${error.message}); caching as ${identity.principal}`);
				const why = error.kind === 'timed-out' ? 'timed out' : error.kind === 'throttled' ? 'is throttling' : 'is unreachable';
				options.warn?.(`${profile === undefined ? '' : `profile ${profile}: `}AWS STS ${why}, so who these credentials are is unconfirmed: answers are cached under their access key instead.`);
				return identity;
			}
		},

		async forecast(request: ForecastRequest, signal?: AbortSignal): Promise<ForecastResult> {
			const input = toCostForecastInput(request, today());
			const {client, sdk} = await clients.costExplorer();
			const output = await caller.call('GetCostForecast', abortSignal => client.send(new sdk.GetCostForecastCommand(input), {abortSignal}), true, signal);
			return toForecastResult(output);
		},

		async anomalies(period: Period, signal?: AbortSignal): Promise<readonly SourceAnomaly[]> {
			const {client, sdk} = await clients.costExplorer();
			const anomalies: SourceAnomaly[] = [];
			await followPages(async token => {
				const input = toAnomaliesInput(period, token);
				const output = await caller.call('GetAnomalies', abortSignal => client.send(new sdk.GetAnomaliesCommand(input), {abortSignal}), true, signal);
				anomalies.push(...toAnomalies(output));
				return output.NextPageToken;
			}, signal);
			return anomalies;
		},

		async accounts(signal?: AbortSignal): Promise<readonly Account[]> {
			const fromOrganizations = organizationsLeftBehind(process.env)
				? undefined
				: await organizationAccounts(clients, caller, signal).catch((error: unknown) => {
						// Member accounts and accounts outside an organization may not list it; CE still knows the names.
						if (!isCostError(error) || (error.kind !== 'access-denied' && error.kind !== 'aws-failure')) throw error;
						logger(`aws: Organizations ListAccounts unavailable (${error.kind}); listing LINKED_ACCOUNT values instead`);
						return undefined;
					});
			if (fromOrganizations !== undefined) return fromOrganizations;
			const period = {start: earliestDailyDate(today(), COST_EXPLORER_CAPABILITIES.limits), end: addDays(today(), 1)};
			const values = await dimensionValues({dimension: 'LINKED_ACCOUNT', period}, signal);
			return sortAccounts(values.map(({value, attributes}) => ({id: value, name: attributes['description'] || value})));
		},
	};
}

/**
 * When only Cost Explorer is pointed elsewhere (a proxy, a local fake),
 * Organizations would still go to real AWS; account names then come from CE.
 */
function organizationsLeftBehind(env: NodeJS.ProcessEnv): boolean {
	return Boolean(env['AWS_ENDPOINT_URL_COST_EXPLORER']) && !env['AWS_ENDPOINT_URL_ORGANIZATIONS'] && !env['AWS_ENDPOINT_URL'];
}

/**
 * Calls `fetchPage` with each NextPageToken until there is none. A token that
 * repeats would loop for ever (and bill each time), so it stops the walk.
 */
async function followPages(fetchPage: (token: string | undefined) => Promise<string | undefined>, signal?: AbortSignal): Promise<void> {
	let token: string | undefined;
	const seen = new Set<string>();
	do {
		signal?.throwIfAborted();
		token = nextPageToken(await fetchPage(token), seen);
	} while (token !== undefined);
}

function nextPageToken(next: string | undefined, seen: Set<string>): string | undefined {
	if (next === undefined || next === '') return undefined;
	if (seen.has(next)) throw malformed(`NextPageToken "${next}" came back twice`);
	seen.add(next);
	return next;
}

async function* costAndUsagePages(clients: AwsClients, caller: AwsCaller, query: CostQuery, signal?: AbortSignal): AsyncGenerator<CostPage> {
	const {client, sdk} = await clients.costExplorer();
	let token: string | undefined;
	const seen = new Set<string>();
	do {
		signal?.throwIfAborted();
		const input = toCostAndUsageInput(query, token);
		const output = await caller.call('GetCostAndUsage', abortSignal => client.send(new sdk.GetCostAndUsageCommand(input), {abortSignal}), true, signal);
		yield {rows: toCostRows(output, query), fromCache: false, billableRequests: 1};
		token = nextPageToken(output.NextPageToken, seen);
	} while (token !== undefined);
}

async function fetchDimensionValues(clients: AwsClients, caller: AwsCaller, request: DimensionValuesRequest, signal?: AbortSignal): Promise<DimensionValue[]> {
	const {client, sdk} = await clients.costExplorer();
	const values: DimensionValue[] = [];
	await followPages(async token => {
		const input = toDimensionValuesInput(request, token);
		const output = await caller.call('GetDimensionValues', abortSignal => client.send(new sdk.GetDimensionValuesCommand(input), {abortSignal}), true, signal);
		values.push(...toDimensionValues(output));
		return output.NextPageToken;
	}, signal);
	return values;
}

/** The tag keys (GetTags) and cost-category names (GetCostCategories) with cost in the period; each page is billed. */
async function fetchGroupKeys(clients: AwsClients, caller: AwsCaller, period: Period, signal?: AbortSignal): Promise<GroupKeys> {
	const {client, sdk} = await clients.costExplorer();
	const TimePeriod = timePeriodOf(period, 'DAILY');
	const tags: string[] = [];
	const costCategories: string[] = [];
	let billableRequests = 0;
	await followPages(async token => {
		const input = {TimePeriod, ...(token === undefined ? {} : {NextPageToken: token})};
		const output = await caller.call('GetTags', abortSignal => client.send(new sdk.GetTagsCommand(input), {abortSignal}), true, signal);
		billableRequests++;
		tags.push(...(output.Tags ?? []).filter(key => key !== ''));
		return output.NextPageToken;
	}, signal);
	await followPages(async token => {
		const input = {TimePeriod, ...(token === undefined ? {} : {NextPageToken: token})};
		const output = await caller.call('GetCostCategories', abortSignal => client.send(new sdk.GetCostCategoriesCommand(input), {abortSignal}), true, signal);
		billableRequests++;
		costCategories.push(...(output.CostCategoryNames ?? []).filter(name => name !== ''));
		return output.NextPageToken;
	}, signal);
	return {tags, costCategories, billableRequests};
}

async function organizationAccounts(clients: AwsClients, caller: AwsCaller, signal?: AbortSignal): Promise<Account[]> {
	const {client, sdk} = await clients.organizations();
	const accounts: Account[] = [];
	await followPages(async token => {
		const input = token === undefined ? {} : {NextToken: token};
		const output = await caller.call('ListAccounts', abortSignal => client.send(new sdk.ListAccountsCommand(input), {abortSignal}), false, signal);
		for (const account of output.Accounts ?? []) {
			if (account.Id) accounts.push({id: account.Id, name: account.Name || account.Id});
		}
		return output.NextToken;
	}, signal);
	return sortAccounts(accounts);
}

function sortAccounts(accounts: Account[]): Account[] {
	return accounts.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
