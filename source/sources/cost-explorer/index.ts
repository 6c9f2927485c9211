export {
	type CostExplorerSource,
	type CostExplorerSourceOptions,
	DEFAULT_MAX_ATTEMPTS,
	createCostExplorerSource,
} from './cost-explorer-source.js';
export {type RateLimiter, type RateLimiterOptions, DEFAULT_RATE_LIMIT, createRateLimiter} from './rate-limiter.js';
export {hasAwsCredentials, listProfiles} from './credentials.js';
export type {CredentialProvider} from './clients.js';
export {RESERVATION_SERVICES, SAVINGS_LOOKBACK_DAYS} from './savings-calls.js';
