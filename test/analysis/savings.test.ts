import type {
	GetReservationCoverageResponse,
	GetReservationPurchaseRecommendationResponse,
	GetReservationUtilizationResponse,
	GetRightsizingRecommendationResponse,
	GetSavingsPlansPurchaseRecommendationResponse,
} from '@aws-sdk/client-cost-explorer';
import {describe, expect, it} from 'vitest';
import {demoSavingsRecommendations, instanceSpendFromRows, oneSizeDown} from '../../source/sources/demo/recommendations.js';
import {summarizeReservationCoverage, summarizeReservationUtilization} from '../../source/sources/reservation-health.js';
import {reservationRecommendations, rightsizingRecommendations, savingsPlanRecommendations} from '../../source/sources/cost-explorer/recommendations.js';
import {type SavingsRecommendation, amountOrZero, sortRecommendations, totalMonthlySavings} from '../../source/sources/savings.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToNumber, amountToString, parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';

const recommendation = (title: string, savings: string): SavingsRecommendation => ({
	id: title,
	kind: 'rightsizing',
	title,
	action: 'do it',
	estimatedMonthlySavings: parseAmount(savings),
	details: [],
	source: 'demo',
});

describe('sortRecommendations', () => {
	it('puts the largest saving first and breaks ties by title', () => {
		const sorted = sortRecommendations([recommendation('b', '10'), recommendation('c', '250.5'), recommendation('a', '10'), recommendation('d', '0')]);
		expect(sorted.map(item => item.title)).toEqual(['c', 'a', 'b', 'd']);
		expect(amountToString(totalMonthlySavings(sorted))).toBe('270.5');
	});

	it('reads missing or malformed figures as zero', () => {
		expect(amountOrZero(undefined)).toBe(0n);
		expect(amountOrZero('n/a')).toBe(0n);
		expect(amountToString(amountOrZero('12.3400000000'))).toBe('12.34');
	});
});

describe('rightsizingRecommendations', () => {
	const response: GetRightsizingRecommendationResponse = {
		Metadata: {RecommendationId: 'r-1', GenerationTimestamp: '2026-03-09T04:00:00Z', LookbackPeriodInDays: 'THIRTY_DAYS'},
		Summary: {TotalRecommendationCount: '2', EstimatedTotalMonthlySavingsAmount: '131.4', SavingsCurrencyCode: 'USD', SavingsPercentage: '38'},
		RightsizingRecommendations: [
			{
				AccountId: '111122223333',
				CurrentInstance: {
					ResourceId: 'i-0a1b2c3d4e5f',
					InstanceName: 'batch-worker',
					ResourceDetails: {EC2ResourceDetails: {InstanceType: 'm5.2xlarge', Region: 'US East (N. Virginia)', HourlyOnDemandRate: '0.384'}},
					ResourceUtilization: {EC2ResourceUtilization: {MaxCpuUtilizationPercentage: '23.4', MaxMemoryUtilizationPercentage: '31'}},
					MonthlyCost: '280.32',
					CurrencyCode: 'USD',
				},
				RightsizingType: 'MODIFY',
				ModifyRecommendationDetail: {
					TargetInstances: [
						{EstimatedMonthlyCost: '70.08', EstimatedMonthlySavings: '210.24', DefaultTargetInstance: false, ResourceDetails: {EC2ResourceDetails: {InstanceType: 'm5.large'}}},
						{EstimatedMonthlyCost: '140.16', EstimatedMonthlySavings: '140.16', DefaultTargetInstance: true, ResourceDetails: {EC2ResourceDetails: {InstanceType: 'm5.xlarge'}}},
					],
				},
				FindingReasonCodes: ['CPU_OVER_PROVISIONED', 'MEMORY_OVER_PROVISIONED'],
			},
			{
				AccountId: '111122223333',
				CurrentInstance: {ResourceId: 'i-0idle', ResourceDetails: {EC2ResourceDetails: {InstanceType: 't3.large', Region: 'EU (Ireland)'}}, MonthlyCost: '60.74'},
				RightsizingType: 'TERMINATE',
				TerminateRecommendationDetail: {EstimatedMonthlySavings: '60.74', CurrencyCode: 'USD'},
			},
		],
	};

	it('maps a resize to the default target and a termination to its saving', () => {
		const [resize, terminate] = rightsizingRecommendations(response);
		expect(resize).toMatchObject({kind: 'rightsizing', title: 'Resize i-0a1b2c3d4e5f: m5.2xlarge → m5.xlarge', source: 'cost-explorer'});
		expect(amountToNumber(resize!.estimatedMonthlySavings)).toBe(140.16);
		expect(resize!.details).toContainEqual({label: 'Max CPU', value: '23%'});
		expect(resize!.details).toContainEqual({label: 'Findings', value: 'CPU_OVER_PROVISIONED, MEMORY_OVER_PROVISIONED'});
		expect(terminate!.title).toBe('Stop idle i-0idle (t3.large)');
		expect(terminate!.action).toMatch(/^Terminate i-0idle \(t3\.large, EU \(Ireland\)\)/);
		expect(amountToNumber(terminate!.estimatedMonthlySavings)).toBe(60.74);
	});

	it('answers none for an empty response', () => {
		expect(rightsizingRecommendations({})).toEqual([]);
	});
});

describe('savingsPlanRecommendations', () => {
	const response: GetSavingsPlansPurchaseRecommendationResponse = {
		Metadata: {RecommendationId: 'sp-1', GenerationTimestamp: '2026-03-09T04:00:00Z'},
		SavingsPlansPurchaseRecommendation: {
			AccountScope: 'PAYER',
			SavingsPlansType: 'COMPUTE_SP',
			TermInYears: 'ONE_YEAR',
			PaymentOption: 'NO_UPFRONT',
			LookbackPeriodInDays: 'THIRTY_DAYS',
			SavingsPlansPurchaseRecommendationDetails: [
				{
					AccountId: '111122223333',
					UpfrontCost: '0',
					CurrencyCode: 'USD',
					EstimatedSavingsPercentage: '27.1',
					HourlyCommitmentToPurchase: '1.245',
					EstimatedAverageUtilization: '99.2',
					EstimatedMonthlySavingsAmount: '402.9',
					CurrentAverageHourlyOnDemandSpend: '2.31',
					RecommendationDetailId: 'd-42',
				},
			],
			SavingsPlansPurchaseRecommendationSummary: {EstimatedMonthlySavingsAmount: '402.9', HourlyCommitmentToPurchase: '1.245'},
		},
	};

	it('states the commitment, term and saving', () => {
		const [plan] = savingsPlanRecommendations(response);
		expect(plan).toMatchObject({id: 'savings-plan:d-42', kind: 'savings-plan', title: 'Compute Savings Plan: commit $1.245/hour'});
		expect(plan!.action).toBe('Buy a 1-year, No Upfront Compute Savings Plan committing $1.245/hour in account 111122223333.');
		expect(amountToNumber(plan!.estimatedMonthlySavings)).toBe(402.9);
		expect(plan!.details).toContainEqual({label: 'Expected utilization', value: '99%'});
	});

	it('answers none when there is no recommendation', () => {
		expect(savingsPlanRecommendations({})).toEqual([]);
	});
});

describe('reservationRecommendations', () => {
	const response: GetReservationPurchaseRecommendationResponse = {
		Recommendations: [
			{
				AccountScope: 'PAYER',
				LookbackPeriodInDays: 'THIRTY_DAYS',
				TermInYears: 'ONE_YEAR',
				PaymentOption: 'PARTIAL_UPFRONT',
				RecommendationDetails: [
					{
						AccountId: '444455556666',
						InstanceDetails: {RDSInstanceDetails: {InstanceType: 'db.r5.large', Region: 'us-east-1', DatabaseEngine: 'PostgreSQL', DeploymentOption: 'Multi-AZ'}},
						RecommendedNumberOfInstancesToPurchase: '4',
						EstimatedBreakEvenInMonths: '7.25',
						EstimatedMonthlySavingsAmount: '512.4',
						EstimatedMonthlySavingsPercentage: '36.5',
						EstimatedMonthlyOnDemandCost: '1402.2',
						UpfrontCost: '3120',
						AverageUtilization: '100',
					},
					{InstanceDetails: {ElastiCacheInstanceDetails: {NodeType: 'cache.m6g.large', Region: 'eu-west-1'}}, RecommendedNumberOfInstancesToPurchase: '1', EstimatedMonthlySavingsAmount: '38'},
				],
				RecommendationSummary: {TotalEstimatedMonthlySavingsAmount: '550.4', CurrencyCode: 'USD'},
			},
		],
	};

	it('names the service, instance type, count and terms', () => {
		const [rds, cache] = reservationRecommendations(response);
		expect(rds!.title).toBe('Reserve 4 × db.r5.large (Amazon RDS, us-east-1)');
		expect(rds!.action).toBe('Buy 4 1-year, Partial Upfront reservations for db.r5.large in us-east-1 in account 444455556666.');
		expect(rds!.details).toContainEqual({label: 'Break-even', value: '7.3 months'});
		expect(amountToNumber(rds!.estimatedMonthlySavings)).toBe(512.4);
		expect(cache!.title).toBe('Reserve 1 × cache.m6g.large (Amazon ElastiCache, eu-west-1)');
		expect(cache!.action).toMatch(/^Buy 1 1-year, Partial Upfront reservation for/);
	});
});

describe('reservation coverage and utilization', () => {
	it('summarizes coverage in total and per month', () => {
		const response: GetReservationCoverageResponse = {
			CoveragesByTime: [
				{
					TimePeriod: {Start: '2026-02-01', End: '2026-03-01'},
					Total: {CoverageHours: {OnDemandHours: '300', ReservedHours: '700', TotalRunningHours: '1000', CoverageHoursPercentage: '70'}, CoverageCost: {OnDemandCost: '115.2'}},
				},
			],
			Total: {CoverageHours: {OnDemandHours: '300', ReservedHours: '700', TotalRunningHours: '1000', CoverageHoursPercentage: '70'}, CoverageCost: {OnDemandCost: '115.2'}},
		};
		const summary = summarizeReservationCoverage(response);
		expect(summary.total).toMatchObject({coveragePercent: 70, reservedHours: 700, onDemandHours: 300, totalRunningHours: 1000});
		expect(amountToNumber(summary.total.onDemandCost)).toBe(115.2);
		expect(summary.byPeriod[0]).toMatchObject({start: '2026-02-01', end: '2026-03-01'});
	});

	it('summarizes utilization and copes with no reservations', () => {
		const response: GetReservationUtilizationResponse = {
			UtilizationsByTime: [{TimePeriod: {Start: '2026-02-01', End: '2026-03-01'}, Total: {UtilizationPercentage: '91.5'}}],
			Total: {UtilizationPercentage: '91.5', PurchasedHours: '1440', TotalActualHours: '1317.6', UnusedHours: '122.4', NetRISavings: '210.77', RICostForUnusedHours: '14.2'},
		};
		const summary = summarizeReservationUtilization(response);
		expect(summary.total).toMatchObject({utilizationPercent: 91.5, purchasedHours: 1440, usedHours: 1317.6, unusedHours: 122.4});
		expect(amountToNumber(summary.total.netSavings)).toBe(210.77);
		expect(summary.byPeriod).toHaveLength(1);
		expect(summarizeReservationUtilization({UtilizationsByTime: []}).total.utilizationPercent).toBeNull();
	});
});

describe('demoSavingsRecommendations', () => {
	const row = (service: string, instanceType: string, amount: string): CostRow => ({
		start: '2026-02-01',
		end: '2026-03-03',
		keys: [service, instanceType],
		amount: parseAmount(amount),
		unit: 'USD',
		estimated: false,
	});
	const rows = [
		row('Amazon Elastic Compute Cloud - Compute', 'm5.2xlarge', '1200'),
		row('Amazon Elastic Compute Cloud - Compute', 'c6i.large', '300'),
		row('Amazon Elastic Compute Cloud - Compute', 't4g.nano', '20'),
		row('Amazon Relational Database Service', 'db.r5.large', '900'),
		row('Amazon Simple Storage Service', 'NoInstanceType', '500'),
	];

	it('derives rightsizing, a savings plan and reservations from the spend, largest first', () => {
		const spend = instanceSpendFromRows(rows, 30);
		expect(spend.map(item => item.instanceType)).toEqual(['m5.2xlarge', 'db.r5.large', 'c6i.large', 't4g.nano']);
		const recommendations = demoSavingsRecommendations(spend, '2026-03-10' as IsoDate);
		expect(recommendations.every(item => item.source === 'demo')).toBe(true);
		expect(new Set(recommendations.map(item => item.kind))).toEqual(new Set(['rightsizing', 'savings-plan', 'reservation']));
		expect(recommendations.map(item => item.title)).toContain('Resize under-used m5.2xlarge → m5.xlarge');
		expect(recommendations.some(item => item.title.includes('t4g.nano'))).toBe(false);
		const savings = recommendations.map(item => amountToNumber(item.estimatedMonthlySavings));
		expect(savings).toEqual([...savings].sort((a, b) => b - a));
		expect(savings[0]).toBeCloseTo(1520 * 0.7 * 0.27, 6);
	});

	it('is deterministic and empty without spend', () => {
		const spend = instanceSpendFromRows(rows, 30);
		expect(demoSavingsRecommendations(spend)).toEqual(demoSavingsRecommendations(spend));
		expect(demoSavingsRecommendations([])).toEqual([]);
	});

	it.each([
		['m5.2xlarge', 'm5.xlarge'],
		['db.r5.large', 'db.r5.medium'],
		['t3.nano', undefined],
		['weird', undefined],
	])('one size down from %s is %s', (from, to) => {
		expect(oneSizeDown(from)).toBe(to);
	});
});
