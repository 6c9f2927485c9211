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

describe('estimating a scan before it runs', () => {
	it('counts the detection pages from a sample day and root causes at a page each, and asks above 10', async () => {
		const {estimateAnomalyScan, scanConfirmText, scanNeedsConfirm} = await import('../../source/insights/anomaly-cost.js');
		const window = {start: resolvePreset('this-month', TODAY).start, end: TODAY};
		const estimate = estimateAnomalyScan({window, today: TODAY, pairsPerDay: 236});
		expect(estimate).toEqual({historyDays: 80, detection: 19, rootCauses: 10, atLeast: 29});
		expect(scanNeedsConfirm(estimate)).toBe(true);
		expect(scanNeedsConfirm(estimateAnomalyScan({window, today: TODAY, pairsPerDay: 3, rootCauseLimit: 2}))).toBe(false);
		expect(scanConfirmText(estimate)).toBe(
			'This scan is billed: about 19 requests to find anomalies in 80 days, plus 1 or more for each of up to 10 root causes: at least 29 requests ($0.29). Enter runs it · Esc closes.',
		);
		expect(scanConfirmText(estimateAnomalyScan({window, today: TODAY, pairsPerDay: undefined}))).toMatch(/^This scan is billed: one grouped query over 80 days \(1 or more requests\), .*at least 11 requests \(\$0\.11\)/);
	});
});
