import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ONE_DAY_QUERY, type WireContext, dailyTotal, startWire} from './wire-setup.js';

const query = ONE_DAY_QUERY;

async function drain(pages: AsyncIterable<unknown>): Promise<unknown> {
	try {
		for await (const _page of pages) void _page;
		return undefined;
	} catch (error) {
		return error;
	}
}

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

describe('the circuit breaker in front of Cost Explorer', () => {
	it('fails fast during the cool-down after an outage, then tries again', async () => {
		let now = 1_000_000;
		const source = wire.source({maxAttempts: 2, coolDownMs: 60_000, now: () => now});
		wire.server.script('GetCostAndUsage', {error: 'InternalServerError', status: 503}, {error: 'InternalServerError', status: 503});
		expect(await drain(source.costAndUsage(query))).toMatchObject({kind: 'aws-failure', sourceDown: true});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(2);

		now += 20_000;
		const fast = await drain(source.costAndUsage(query));
		expect(fast).toMatchObject({kind: 'unavailable', sourceDown: true});
		expect((fast as Error).message).toMatch(/^Cost Explorer was unreachable or failing 20 s ago: not asking again for 40 s/);
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(2);

		now += 40_000;
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '3')]}});
		expect(await drain(source.costAndUsage(query))).toBeUndefined();
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(3);
	});

	it('is not opened by a failure that is not an outage', async () => {
		const source = wire.source({maxAttempts: 2});
		wire.server.script('GetCostAndUsage', {error: 'AccessDeniedException', message: 'not authorized'});
		expect(await drain(source.costAndUsage(query))).toMatchObject({kind: 'access-denied'});
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '3')]}});
		expect(await drain(source.costAndUsage(query))).toBeUndefined();
	});

	it('opens after throttling outlasts every retry', async () => {
		const source = wire.source({maxAttempts: 2});
		wire.server.script('GetCostAndUsage', {error: 'ThrottlingException', status: 400}, {error: 'ThrottlingException', status: 400});
		expect(await drain(source.costAndUsage(query))).toMatchObject({kind: 'throttled'});
		expect(await drain(source.costAndUsage(query))).toMatchObject({kind: 'unavailable', message: expect.stringMatching(/throttled every retry/)});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(2);
	});
});
