import {describe, expect, test} from 'vitest';
import type {Contributor} from '../../source/analysis/contribution.js';
import type {IsoDate} from '../../source/dates.js';
import type {ExplainedAnomaly} from '../../source/insights/anomaly-report.js';
import {amountFromNumber} from '../../source/money.js';
import {anomalyBaseline, anomalyCauseActions, anomalyListRow} from '../../source/view/anomaly-list.js';
import {type AppState, appReducer, drillSteps, initialAppState, viewComparison, viewQuery} from '../../source/view/app-state.js';

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

	test('a cause already named one level down is not named again', () => {
		const repeated = explained('SERVICE', 'EC2 - Other', [
			{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'USE1-NatGateway-Bytes', 0.964, [{dimension: 'REGION', contributors: [contributor('REGION', 'us-east-1', 1)]}])]},
			{dimension: 'REGION', contributors: [contributor('REGION', 'us-east-1', 1)]},
			{dimension: 'LINKED_ACCOUNT', contributors: [contributor('LINKED_ACCOUNT', '318274650193', 0.95)]},
		]);
		expect(anomalyListRow(repeated, accounts).causeDetail).toBe(
			'USAGE_TYPE USE1-NatGateway-Bytes 96% › REGION us-east-1 100% · LINKED_ACCOUNT Production (318274650193) 95%',
		);
	});

	test('names the most specific cause that explains half the anomaly, even when a region explains more', () => {
		const regionFirst = explained('SERVICE', 'EC2 - Other', [
			{dimension: 'REGION', contributors: [contributor('REGION', 'us-east-1', 1)]},
			{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'USE1-NatGateway-Bytes', 0.96)]},
		]);
		expect(anomalyListRow(regionFirst, accounts)).toMatchObject({
			topCause: 'USAGE_TYPE USE1-NatGateway-Bytes 96%',
			causeDetail: 'USAGE_TYPE USE1-NatGateway-Bytes 96% · REGION us-east-1 100%',
		});
		const spread = explained('SERVICE', 'EC2 - Other', [
			{dimension: 'REGION', contributors: [contributor('REGION', 'us-east-1', 0.45)]},
			{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'BoxUsage', 0.3)]},
		]);
		expect(anomalyListRow(spread, accounts).topCause).toBe('REGION us-east-1 45%');
	});

	test('an account anomaly, a drop, and one left unexplained', () => {
		const row = anomalyListRow(explained('LINKED_ACCOUNT', '318274650193', [], -310), accounts);
		expect(row).toMatchObject({group: 'Production (318274650193)', kind: 'account', impact: '-$310.00', topCause: '', causeDetail: ''});
		expect(anomalyListRow(explained('LINKED_ACCOUNT', '999999999999', []), accounts).group).toBe('999999999999');
	});
});

describe('anomalyBaseline', () => {
	const p = (start: string, end: string) => ({start: start as IsoDate, end: end as IsoDate});
	test.each([
		['one day: the same weekday a week before', p('2026-11-01', '2026-11-02'), p('2026-10-25', '2026-10-26')],
		['three days: the same weekdays a week before', p('2026-11-17', '2026-11-20'), p('2026-11-10', '2026-11-13')],
		['seven days: the week before', p('2026-11-01', '2026-11-08'), p('2026-10-25', '2026-11-01')],
		['nine days: two weeks back, so the baseline never overlaps it', p('2026-11-10', '2026-11-19'), p('2026-10-27', '2026-11-05')],
	])('%s', (_name, period, expected) => {
		expect(anomalyBaseline(period)).toEqual(expected);
	});
});

describe('anomalyCauseActions', () => {
	const today = '2026-11-25' as IsoDate;
	const scope = {source: 'demo'} as const;
	const apply = (state: AppState, anomaly: ExplainedAnomaly) => anomalyCauseActions(anomaly, {metric: state.metric, scope}).reduce(appReducer, state);
	const start = appReducer(initialAppState({scope, today}), {type: 'open-overlay', overlay: {kind: 'anomalies', cursor: 0}});

	test('a service anomaly: its days, narrowed to the service, by its leading cause; Back twice returns to the view before', () => {
		const shown = apply(start, natGateway);
		expect(viewQuery(shown)).toMatchObject({
			period: {start: '2026-11-17', end: '2026-11-19'},
			granularity: 'DAILY',
			groupBy: [{type: 'DIMENSION', key: 'USAGE_TYPE'}],
			filter: {Dimensions: {Key: 'SERVICE', Values: ['EC2 - Other']}},
		});
		expect(drillSteps(shown)).toEqual([{groupBy: {type: 'DIMENSION', key: 'SERVICE'}, key: 'EC2 - Other'}]);
		// Compared with the same weekdays a week before, not the days just before (which may be the spike).
		expect(viewComparison(shown)).toEqual({start: '2026-11-10', end: '2026-11-12'});
		expect(shown.overlay).toBeNull();
		const back = appReducer(appReducer(shown, {type: 'back'}), {type: 'back'});
		expect(viewQuery(back)).toEqual(viewQuery(start));
	});

	test('an account anomaly by its leading cause; without one, by service (and a service by usage type)', () => {
		const byUsage = explained('LINKED_ACCOUNT', '318274650193', [{dimension: 'USAGE_TYPE', contributors: [contributor('USAGE_TYPE', 'BoxUsage', 0.8)]}]);
		expect(viewQuery(apply(start, byUsage))).toMatchObject({
			groupBy: [{type: 'DIMENSION', key: 'USAGE_TYPE'}],
			filter: {Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['318274650193']}},
		});
		expect(viewQuery(apply(start, explained('LINKED_ACCOUNT', '318274650193', []))).groupBy).toEqual([{type: 'DIMENSION', key: 'SERVICE'}]);
		expect(viewQuery(apply(start, explained('SERVICE', 'AWS Lambda', []))).groupBy).toEqual([{type: 'DIMENSION', key: 'USAGE_TYPE'}]);
	});
});
