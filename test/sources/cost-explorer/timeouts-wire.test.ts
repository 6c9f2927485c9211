import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ONE_DAY_QUERY, type WireContext, dailyTotal, startWire} from './wire-setup.js';

const query = ONE_DAY_QUERY;

async function drain(pages: AsyncIterable<unknown>): Promise<void> {
	for await (const _page of pages) void _page;
}

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

describe('a Cost Explorer that accepts the connection and never answers', () => {
	it('times out each try, retries like a throttle, then fails naming the endpoint', async () => {
		// One answered request first, so the client is loaded and warm before the clock matters.
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')]}});
		wire.server.fallback('GetCostAndUsage', {hang: true});
		const source = wire.source({timeoutMs: 1000, maxAttempts: 3});
		await drain(source.costAndUsage(query));
		const failure = await drain(source.costAndUsage(query)).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(failure).toMatchObject({kind: 'timed-out', sourceDown: true});
		const {message} = failure as Error;
		expect(message).toContain(`Cost Explorer at ${wire.server.endpoint} timed out`);
		expect(message).toContain('3 tries');
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(4);
		expect(wire.sleeps).toHaveLength(2);
		expect(source.billableRequestCount()).toBe(1);
	});

	it('answers when a retry gets through in time', async () => {
		wire.server.script('GetCostAndUsage', {hang: true}, {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '4.5')]}});
		const source = wire.source({timeoutMs: 1000});
		let rows = 0;
		for await (const page of source.costAndUsage(query)) rows += page.rows.length;
		expect(rows).toBe(1);
	});

	it('STS that never answers times out too, and the identity degrades to one keyed by the access key', async () => {
		wire.server.fallback('GetCallerIdentity', {hang: true});
		const warnings: string[] = [];
		const identity = await wire.source({timeoutMs: 150, maxAttempts: 2, warn: line => warnings.push(line)}).identity();
		expect(identity.account).toBe('unverified');
		expect(warnings).toEqual([expect.stringMatching(/AWS STS timed out/)]);
		expect(wire.logLines.join('\n')).toMatch(/AWS STS at http:\/\/127\.0\.0\.1:\d+ timed out/);
	});
});
