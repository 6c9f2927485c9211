import {beforeAll, describe, expect, it} from 'vitest';
import {type Period, addDays} from '../../source/dates.js';
import {CostError} from '../../source/errors.js';
import {type AnomalyReport, anomalyReport} from '../../source/insights/anomaly-report.js';
import {amountToNumber} from '../../source/money.js';
import {demoInjectedSpikes} from '../../source/sources/demo/index.js';
import {TODAY, demoEngine} from './demo-engine.js';
import {COST_EXPLORER_CAPABILITIES} from '../../source/sources/cost-explorer/limits.js';

const period: Period = {start: addDays(TODAY, -65), end: TODAY};
const request = {scope: {source: 'demo'}, metric: 'UnblendedCost', period} as const;
const spikes = demoInjectedSpikes(TODAY).filter(spike => spike.days[0]! >= period.start);

describe('anomalyReport on the demo', () => {
	let report: AnomalyReport;
	beforeAll(async () => {
		report = await anomalyReport(demoEngine(), request);
	}, 60_000);

	it('has the injected spikes to find', () => {
		expect(spikes.map(spike => spike.id)).toEqual(['nat-gateway-bytes', 's3-request-storm', 'lambda-recursion']);
	});

	it('finds each injected spike per service, on its days, with its impact and the usage type, region and account behind it', () => {
		for (const spike of spikes) {
			const found = report.anomalies.find(({anomaly, dimension}) => dimension === 'SERVICE' && anomaly.group === spike.service);
			expect(found, spike.id).toBeDefined();
			expect(found!.anomaly.period.start).toBe(spike.days[0]);
			expect(found!.anomaly.lastDay).toBe(spike.days.at(-1));
			expect(found!.anomaly.direction).toBe('spike');
			const injected = spike.extraUsd.reduce((sum, extra) => sum + extra, 0);
			expect(Math.abs(amountToNumber(found!.anomaly.impact) - injected) / injected).toBeLessThan(0.1);
			expect(found!.rootCause).toEqual({service: spike.service, usageType: spike.usageType, region: spike.region, account: spike.account});
			const usageTypes = found!.causes.find(cause => cause.dimension === 'USAGE_TYPE')!;
			expect(usageTypes.contributors[0]!.share).toBeGreaterThan(0.8);
			// Two levels: the usage type is itself broken down by region.
			expect(usageTypes.contributors[0]!.causes[0]).toMatchObject({dimension: 'REGION', contributors: [{key: spike.region}]});
		}
	});

	it('finds each per account too, with the service and usage type behind it', () => {
		for (const spike of spikes) {
			const found = report.anomalies.find(({anomaly, dimension}) => dimension === 'LINKED_ACCOUNT' && anomaly.group === spike.account);
			expect(found, spike.id).toBeDefined();
			expect(found!.anomaly.period.start).toBe(spike.days[0]);
			expect(found!.rootCause).toMatchObject({account: spike.account, service: spike.service, usageType: spike.usageType});
		}
	});

	it('reports nothing the demo did not inject, largest impact first', () => {
		expect(report.anomalies).toHaveLength(2 * spikes.length);
		const sizes = report.anomalies.map(({anomaly}) => Math.abs(amountToNumber(anomaly.impact)));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	it("lists the source's own anomalies beside ours, labelled", () => {
		expect(report.fromSource.label).toBe('demo');
		expect(report.fromSource.outcome.status).toBe('ok');
		if (report.fromSource.outcome.status !== 'ok') return;
		expect(report.fromSource.outcome.value.map(anomaly => anomaly.start).sort()).toEqual(spikes.map(spike => spike.days[0]).sort());
		expect(report.history).toEqual({start: addDays(period.start, -56), end: TODAY});
	});
});

describe('anomalyReport options and failures', () => {
	it('leaves out anomalies below --min-impact and notes a source that cannot answer', async () => {
		const engine = demoEngine({kind: 'aws', capabilities: COST_EXPLORER_CAPABILITIES, anomalies: () => Promise.reject(new CostError('access-denied', 'Access denied: these credentials lack ce:GetAnomalies.'))});
		// The S3 storm 33 days ago moved about $1,940: below the floor; the NAT spike moved about $2,430.
		const report = await anomalyReport(engine, {...request, period: {start: addDays(TODAY, -40), end: TODAY}, minImpact: 2_000});
		expect(report.anomalies.map(({anomaly}) => anomaly.group).sort()).toEqual(['318274650193', 'EC2 - Other']);
		expect(report.fromSource).toEqual({label: 'cost-explorer', outcome: {status: 'unavailable', message: 'Access denied: these credentials lack ce:GetAnomalies.'}});
	});

	it('refuses a period that has not happened yet', async () => {
		await expect(anomalyReport(demoEngine(), {...request, period: {start: TODAY, end: addDays(TODAY, 1)}})).rejects.toMatchObject({kind: 'bad-input'});
	});
});
