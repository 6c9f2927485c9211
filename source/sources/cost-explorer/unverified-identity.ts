import {createHash} from 'node:crypto';
import type {Identity} from '../source.js';

/** The account field of an identity STS did not confirm: never a real 12-digit account, so never a real identity's cache. */
export const UNVERIFIED_ACCOUNT = 'unverified';

/** Where Cost Explorer answers from, as the SDK would resolve it from the environment. */
export function costExplorerEndpoint(env: NodeJS.ProcessEnv, region: string): string {
	return env['AWS_ENDPOINT_URL_COST_EXPLORER'] || env['AWS_ENDPOINT_URL'] || `https://ce.${region}.amazonaws.com`;
}

/**
 * Who the credentials are when STS cannot say: a hash of the access key id,
 * profile and endpoint. An access key belongs to one principal, so its
 * answers are cached apart from every other key's, and apart from the
 * verified identity of the same key (which has a real account id).
 */
export function unverifiedIdentity(accessKeyId: string, profile: string | undefined, endpoint: string): Identity {
	const digest = createHash('sha256').update(JSON.stringify([accessKeyId, profile ?? null, endpoint])).digest('hex');
	return {account: UNVERIFIED_ACCOUNT, principal: `access-key:${digest.slice(0, 32)}`};
}
