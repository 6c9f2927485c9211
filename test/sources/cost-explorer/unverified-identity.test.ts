import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {CostError} from '../../../source/errors.js';
import {unverifiedIdentity} from '../../../source/sources/cost-explorer/unverified-identity.js';
import {TEST_ACCESS_KEY_ID, type WireContext, startWire} from './wire-setup.js';

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

describe('STS unreachable while Cost Explorer answers', () => {
	it('degrades to an identity from the hashed access key, profile and endpoint, with one warning', async () => {
		wire.server.fallback('GetCallerIdentity', {error: 'InternalFailure', status: 503});
		const warnings: string[] = [];
		const identity = await wire.source({maxAttempts: 2, warn: line => warnings.push(line)}).identity();
		expect(identity).toEqual(unverifiedIdentity(TEST_ACCESS_KEY_ID, undefined, wire.server.endpoint));
		expect(JSON.stringify(identity)).not.toContain(TEST_ACCESS_KEY_ID);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/AWS STS is unreachable/);
	});

	it('keeps keys, profiles and endpoints apart, and apart from any verified identity', () => {
		const base = unverifiedIdentity('AKIAAAAAAAAAAAAAAAAA', 'a', 'https://ce.us-east-1.amazonaws.com');
		expect(unverifiedIdentity('AKIABBBBBBBBBBBBBBBB', 'a', 'https://ce.us-east-1.amazonaws.com')).not.toEqual(base);
		expect(unverifiedIdentity('AKIAAAAAAAAAAAAAAAAA', 'b', 'https://ce.us-east-1.amazonaws.com')).not.toEqual(base);
		expect(unverifiedIdentity('AKIAAAAAAAAAAAAAAAAA', 'a', 'http://127.0.0.1:1')).not.toEqual(base);
		expect(base.account).not.toMatch(/^\d{12}$/);
	});

	it('still fails on what STS says about the credentials themselves', async () => {
		wire.server.fallback('GetCallerIdentity', {error: 'InvalidClientTokenId', status: 403, message: 'The security token included in the request is invalid.'});
		const warnings: string[] = [];
		await expect(wire.source({warn: line => warnings.push(line)}).identity()).rejects.toBeInstanceOf(CostError);
		expect(warnings).toEqual([]);
	});
});
