import {describe, expect, it} from 'vitest';
import type {QueryResult} from '../../source/engine.js';
import {anomalyReport} from '../../source/insights/anomaly-report.js';
import {resolvePreset} from '../../source/presets.js';
import {requestCountNote, requestsCost} from '../../source/insights/request-cost.js';
import {TODAY, demoEngine} from './demo-engine.js';

describe('what an anomaly scan costs (the demo counts pages as Cost Explorer would bill them)', () => {
	it("explains an account by its leading services' usage types only: this month's scan costs 29 requests, not 59", async () => {
		const ran: QueryResult[] = [];
		const report = await anomalyReport(demoEngine(), {scope: {source: 'demo'}, metric: 'UnblendedCost', period: resolvePreset('this-month', TODAY), onResult: result => ran.push(result)});
		expect(report.billableRequests).toBe(29);
		const account = report.anomalies.find(({dimension}) => dimension === 'LINKED_ACCOUNT')!;
		expect(account.rootCause).toMatchObject({service: 'EC2 - Other', usageType: 'USE1-NatGateway-Bytes'});
		const accountDrill = ran.find(result => result.query.groupBy.map(group => group.key).join() === 'SERVICE,USAGE_TYPE')!;
		expect(accountDrill.query.filter).toEqual({
			And: [{Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['318274650193']}}, {Dimensions: {Key: 'SERVICE', Values: ['EC2 - Other']}}],
		});
	}, 60_000);

	it('says what requests cost, exactly', () => {
		expect([0, 1, 29, 100, 12345].map(requestsCost)).toEqual(['$0.00', '$0.01', '$0.29', '$1.00', '$123.45']);
		expect(requestCountNote(1)).toBe('1 billable Cost Explorer request ($0.01).');
		expect(requestCountNote(0)).toBe('No billable requests: every answer came from the cache.');
	});
});
