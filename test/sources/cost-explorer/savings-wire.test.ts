import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {CostEngine} from '../../../source/engine.js';
import {savingsReport} from '../../../source/insights/savings-report.js';
import {amountToString} from '../../../source/money.js';
import type {ScriptedResponse} from '../../fixtures/cost-explorer-server.js';
import {TEST_TODAY, type WireContext, startWire} from './wire-setup.js';

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

const ec2 = (type: string, region?: string) => ({EC2ResourceDetails: {InstanceType: type, ...(region === undefined ? {} : {Region: region})}});

/** Scripts a success for every call, after any `first` answers per operation. */
function scriptAllSections(first: Readonly<Record<string, ScriptedResponse[]>> = {}): void {
	for (const [operation, responses] of Object.entries(first)) wire.server.script(operation, ...responses);
	wire.server.script(
		'AWSInsightsIndexService.GetRightsizingRecommendation',
		{
			json: {
				RightsizingRecommendations: [
					{
						AccountId: '111111111111',
						RightsizingType: 'MODIFY',
						CurrentInstance: {ResourceId: 'i-0aaa', MonthlyCost: '120', ResourceDetails: ec2('m5.2xlarge', 'us-east-1'), ResourceUtilization: {EC2ResourceUtilization: {MaxCpuUtilizationPercentage: '12'}}},
						ModifyRecommendationDetail: {TargetInstances: [{DefaultTargetInstance: true, EstimatedMonthlySavings: '60', EstimatedMonthlyCost: '60', ResourceDetails: ec2('m5.xlarge')}]},
					},
				],
				NextPageToken: 'page-2',
			},
		},
		{
			json: {
				RightsizingRecommendations: [
					{RightsizingType: 'TERMINATE', CurrentInstance: {ResourceId: 'i-0bbb', ResourceDetails: ec2('c5.large', 'eu-west-1')}, TerminateRecommendationDetail: {EstimatedMonthlySavings: '300'}},
				],
			},
		},
	);
	wire.server.script('GetSavingsPlansPurchaseRecommendation', {
		json: {
			SavingsPlansPurchaseRecommendation: {
				SavingsPlansType: 'COMPUTE_SP',
				TermInYears: 'ONE_YEAR',
				PaymentOption: 'NO_UPFRONT',
				SavingsPlansPurchaseRecommendationDetails: [{RecommendationDetailId: 'sp-1', HourlyCommitmentToPurchase: '1.5', EstimatedMonthlySavingsAmount: '450'}],
			},
		},
	});
	wire.server.script(
		'GetReservationPurchaseRecommendation',
		{json: {Recommendations: []}},
		{
			json: {
				Recommendations: [
					{
						TermInYears: 'ONE_YEAR',
						PaymentOption: 'NO_UPFRONT',
						RecommendationDetails: [
							{InstanceDetails: {RDSInstanceDetails: {InstanceType: 'db.r6g.large', Region: 'us-east-1'}}, RecommendedNumberOfInstancesToPurchase: '2', EstimatedMonthlySavingsAmount: '200'},
						],
					},
				],
			},
		},
	);
	const coverageHours = {CoverageHours: {CoverageHoursPercentage: '40', ReservedHours: '40', OnDemandHours: '60', TotalRunningHours: '100'}, CoverageCost: {OnDemandCost: '12.5'}};
	wire.server.script('GetReservationCoverage', {
		json: {CoveragesByTime: [{TimePeriod: {Start: '2026-10-26', End: '2026-11-01'}, Total: coverageHours}], Total: coverageHours},
	});
	const used = {UtilizationPercentage: '90', PurchasedHours: '100', TotalActualHours: '90', UnusedHours: '10', NetRISavings: '55.5', RICostForUnusedHours: '4.2'};
	wire.server.script('GetReservationUtilization', {json: {UtilizationsByTime: [{TimePeriod: {Start: '2026-10-26', End: '2026-11-01'}, Total: used}], Total: used}});
}

describe('savings over the wire', () => {
	it('asks each recommendation API, follows pages, bills every request, and sorts one list by savings', async () => {
		scriptAllSections();
		const source = wire.source();
		const report = await savingsReport(new CostEngine({source, today: TEST_TODAY}));
		expect(report.source).toBe('cost-explorer');
		expect(report.recommendations.map(item => [item.kind, amountToString(item.estimatedMonthlySavings)])).toEqual([
			['savings-plan', '450'],
			['rightsizing', '300'],
			['reservation', '200'],
			['rightsizing', '60'],
		]);
		expect(report.recommendations[1]!.action).toMatch(/^Terminate i-0bbb/);
		expect(amountToString(report.totalMonthlySavings)).toBe('1010');
		expect(report.coverage?.total).toMatchObject({coveragePercent: 40, reservedHours: 40, onDemandHours: 60});
		expect(report.utilization?.total).toMatchObject({utilizationPercent: 90, unusedHours: 10});
		expect(report.gaps).toEqual([]);
		expect(source.billableRequestCount()).toBe(7);
		expect(report.billableRequests).toBe(7);

		const bodies = (operation: string) => wire.server.requestsFor(operation).map(request => request.body);
		expect(bodies('GetRightsizingRecommendation')).toEqual([
			{Service: 'AmazonEC2', Configuration: {RecommendationTarget: 'SAME_INSTANCE_FAMILY', BenefitsConsidered: true}},
			{Service: 'AmazonEC2', Configuration: {RecommendationTarget: 'SAME_INSTANCE_FAMILY', BenefitsConsidered: true}, NextPageToken: 'page-2'},
		]);
		expect(bodies('GetSavingsPlansPurchaseRecommendation')).toEqual([
			{SavingsPlansType: 'COMPUTE_SP', TermInYears: 'ONE_YEAR', PaymentOption: 'NO_UPFRONT', LookbackPeriodInDays: 'THIRTY_DAYS'},
		]);
		expect(bodies('GetReservationPurchaseRecommendation').map(body => body['Service'])).toEqual([
			'Amazon Elastic Compute Cloud - Compute',
			'Amazon Relational Database Service',
		]);
		const lookback = {TimePeriod: {Start: '2026-10-26', End: '2026-11-25'}, Granularity: 'MONTHLY'};
		expect(bodies('GetReservationCoverage')).toEqual([lookback]);
		expect(bodies('GetReservationUtilization')).toEqual([lookback]);
		expect(wire.server.requestsFor('GetReservationCoverage')[0]?.headers['x-amz-target']).toBe('AWSInsightsIndexService.GetReservationCoverage');
	});

	it('turns a section it may not read into a gap, retries throttling, and keeps the rest', async () => {
		scriptAllSections({
			GetRightsizingRecommendation: [{error: 'AccessDeniedException', message: 'User is not authorized to perform ce:GetRightsizingRecommendation'}],
			GetSavingsPlansPurchaseRecommendation: [{error: 'ThrottlingException', status: 400}],
			GetReservationCoverage: [{error: 'DataUnavailableException'}],
		});
		const source = wire.source();
		const answer = await source.savings!();
		expect(answer.gaps).toEqual([
			{section: 'rightsizing', message: 'Access denied: these credentials lack ce:GetRightsizingRecommendation; ask an administrator to allow it.'},
			{section: 'coverage', message: 'Cost Explorer has no data for this yet: try again later or pick an earlier period.'},
		]);
		expect(answer.coverage).toBeNull();
		expect(answer.recommendations.map(item => item.kind)).toEqual(['savings-plan', 'reservation']);
		expect(wire.sleeps).toHaveLength(1);
		// Served requests only: the throttled attempt and the refusals are not billed.
		expect(source.billableRequestCount()).toBe(4);
	});

	it('fails the whole answer when the session has expired', async () => {
		scriptAllSections({GetRightsizingRecommendation: [{error: 'ExpiredTokenException', message: 'The security token included in the request is expired'}]});
		await expect(wire.source().savings!()).rejects.toMatchObject({kind: 'sso-expired'});
		expect(wire.server.requestsFor('GetSavingsPlansPurchaseRecommendation')).toHaveLength(0);
	});

	it('fails with the first reason when no section can be had', async () => {
		await expect(wire.source().savings!()).rejects.toMatchObject({kind: 'aws-failure', message: expect.stringMatching(/UnknownOperationException/)});
		expect(wire.server.requests.filter(request => request.operation !== 'GetCallerIdentity')).toHaveLength(5);
	});
});
