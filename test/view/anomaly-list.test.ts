import {describe, expect, test} from 'vitest';
import type {Contributor} from '../../source/analysis/contribution.js';
import type {IsoDate} from '../../source/dates.js';
import type {ExplainedAnomaly} from '../../source/insights/anomaly-report.js';
import {amountFromNumber} from '../../source/money.js';
import {anomalyCauseView, anomalyListRow} from '../../source/view/anomaly-list.js';

const contributor = (dimension: string, key: string, share: number, causes: Contributor['causes'] = []): Contributor => ({
	dimension,
	key,
	expected: amountFromNumber(1),
	actual: amountFromNumber(2),
	impact: amountFromNumber(share * 100),
	share,
	causes,
});

const explained = (dimension: ExplainedAnomaly['dimension'], group: string, causes: ExplainedAnomaly['causes'], impact = 2430): ExplainedAnomaly => ({
	dimension,
	anomaly: {
		group,
		period: {start: '2026-11-17' as IsoDate, end: '2026-11-19' as IsoDate},
		lastDay: '2026-11-18' as IsoDate,
		direction: impact > 0 ? 'spike' : 'drop',
		expected: amountFromNumber(200),
		actual: amountFromNumber(200 + impact),
		impact: amountFromNumber(impact),
		maxScore: 12,
		days: [],
	},
	causes,
	rootCause: {},
});

const natGateway = explained('SERVICE', 'EC2 - Other', [
	{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'USE1-NatGateway-Bytes', 0.964, [{dimension: 'REGION', contributors: [contributor('REGION', 'us-east-1', 1)]}])]},
	{dimension: 'LINKED_ACCOUNT', contributors: [contributor('LINKED_ACCOUNT', '318274650193', 0.95)]},
]);
const accounts = [{id: '318274650193', name: 'Production'}];

describe('anomalyListRow', () => {
	test('days, group, figures, the top cause and the cause two levels down, accounts by name', () => {
		expect(anomalyListRow(natGateway, accounts)).toEqual({
			days: '2026-11-17 … 2026-11-18',
			group: 'EC2 - Other',
			kind: 'service',
			expected: '$200.00',
			actual: '$2,630.00',
			impact: '+$2,430.00',
			topCause: 'USAGE_TYPE USE1-NatGateway-Bytes 96%',
			causeDetail: 'USAGE_TYPE USE1-NatGateway-Bytes 96% › REGION us-east-1 100% · LINKED_ACCOUNT Production (318274650193) 95%',
		});
	});

	test('an account anomaly, a drop, and one left unexplained', () => {
		const row = anomalyListRow(explained('LINKED_ACCOUNT', '318274650193', [], -310), accounts);
		expect(row).toMatchObject({group: 'Production (318274650193)', kind: 'account', impact: '-$310.00', topCause: '', causeDetail: ''});
		expect(anomalyListRow(explained('LINKED_ACCOUNT', '999999999999', []), accounts).group).toBe('999999999999');
	});
});

describe('anomalyCauseView', () => {
	test('a service anomaly: its days, the service, by its leading cause dimension', () => {
		expect(anomalyCauseView(natGateway)).toEqual({
			period: {start: '2026-11-17', end: '2026-11-19'},
			views: [
				{groupBy: {type: 'DIMENSION', key: 'SERVICE'}, cursor: 0},
				{
					groupBy: {type: 'DIMENSION', key: 'USAGE_TYPE'},
					cursor: 0,
					via: {groupBy: {type: 'DIMENSION', key: 'SERVICE'}, key: 'EC2 - Other'},
				},
			],
		});
	});

	test('an account anomaly by its leading cause; without one, by service', () => {
		const byUsage = explained('LINKED_ACCOUNT', '318274650193', [{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'BoxUsage', 0.8)]}]);
		expect(anomalyCauseView(byUsage).views[1]).toEqual({
			groupBy: {type: 'DIMENSION', key: 'USAGE_TYPE'},
			cursor: 0,
			via: {groupBy: {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}, key: '318274650193'},
		});
		expect(anomalyCauseView(explained('LINKED_ACCOUNT', '318274650193', [])).views[1]?.groupBy).toEqual({type: 'DIMENSION', key: 'SERVICE'});
		expect(anomalyCauseView(explained('SERVICE', 'AWS Lambda', [])).views[1]?.groupBy).toEqual({type: 'DIMENSION', key: 'USAGE_TYPE'});
	});
});
