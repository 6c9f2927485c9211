import {describe, expect, it} from 'vitest';
import type {QueryResult} from '../../source/engine.js';
import {anomalyReport} from '../../source/insights/anomaly-report.js';
import {resolvePreset} from '../../source/presets.js';
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
});
