import {describe, expect, it} from 'vitest';
import {type ParsedQuestion, parseQuestion} from '../../../source/assistant/offline/index.js';
import type {IsoDate} from '../../../source/dates.js';
import type {CostQuery} from '../../../source/query.js';
import {EC2, type Expected, LAMBDA, S3, account, and, contextFor, expectParsed, service, tag} from './expect-parsed.js';

function parsed(question: string, previous?: ParsedQuestion): ParsedQuestion {
	const outcome = parseQuestion(question, contextFor(undefined, previous ? {previous} : {}));
	if (outcome.kind === 'invalid' || outcome.kind === 'unrecognised') throw new Error(`${question}: ${outcome.message}`);
	return outcome;
}

const lastMonth = ['2026-10-01', '2026-11-01'] as const;
const september = ['2026-09-01', '2026-10-01'] as const;

describe('follow-ups change one thing in the previous question', () => {
	it.each<[string, string, Expected]>([
		['How much did I spend on S3 last month?', 'and the month before?', {kind: 'total', period: september, granularity: 'MONTHLY', filter: service(S3)}],
		['How much did I spend on S3 last month?', 'what about EC2?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: service(EC2)}],
		['How much did I spend on S3 last month?', 'How about Lambda', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: service(LAMBDA)}],
		['How much did I spend on S3 last month?', 'only prod', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: and(service(S3), tag('environment', 'prod'))}],
		['How much did I spend on S3 last month?', 'by region instead', {kind: 'breakdown', period: lastMonth, granularity: 'MONTHLY', groupBy: ['REGION'], filter: service(S3)}],
		['How much did I spend on S3 last month?', 'same for last quarter', {kind: 'total', period: ['2026-07-01', '2026-10-01'], granularity: 'MONTHLY', filter: service(S3)}],
		['How much did I spend on S3 last month?', 'in September?', {kind: 'total', period: september, granularity: 'MONTHLY', filter: service(S3)}],
		['How much did I spend on S3 last month?', 'S3?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: service(S3)}],
		['How much did I spend on S3 last month?', 'and amortized?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', metric: 'AmortizedCost', filter: service(S3)}],
		['How much did I spend on S3 last month?', 'and in Production?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: and(service(S3), account('111111111111'))}],
		['How much did I spend on S3 last month?', 'and daily?', {kind: 'trend', period: lastMonth, granularity: 'DAILY', filter: service(S3)}],
		['S3 in prod last month', 'what about staging?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: and(service(S3), tag('environment', 'staging'))}],
		['S3 in prod last month', 'and for all environments?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: service(S3)}],
		['S3 in prod last month', 'what about everything?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY', filter: tag('environment', 'prod')}],
		['top 5 services last month', 'and the month before?', {kind: 'top', period: september, granularity: 'MONTHLY', groupBy: ['SERVICE']}],
		['top 5 services last month', 'only team payments', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], filter: tag('team', 'payments')}],
		['top 5 services last month', 'what about S3?', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(S3)}],
		['top 5 services last month', 'and the top 3?', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], limit: 3}],
		['spend by region last month', 'per account instead', {kind: 'breakdown', period: lastMonth, granularity: 'MONTHLY', groupBy: ['LINKED_ACCOUNT']}],
		['spend by region last month', 'and how much in total?', {kind: 'total', period: lastMonth, granularity: 'MONTHLY'}],
		['why did EC2 go up last month', 'what about S3?', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(S3), comparison: september}],
		['why did EC2 go up last month', 'and the month before?', {kind: 'compare', period: september, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(EC2), comparison: ['2026-08-01', '2026-09-01']}],
		['why did my bill go up last month', 'by account instead', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['LINKED_ACCOUNT'], comparison: september}],
		['daily spend last 14 days', 'what about S3?', {kind: 'trend', period: ['2026-11-11', '2026-11-25'], granularity: 'DAILY', filter: service(S3)}],
		['forecast', 'what about S3?', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', filter: service(S3), target: ['2026-11-01', '2026-12-01']}],
		['any anomalies last week?', 'by account instead', {kind: 'anomalies', period: ['2026-09-21', '2026-11-23'], granularity: 'DAILY', groupBy: ['LINKED_ACCOUNT'], window: ['2026-11-16', '2026-11-23']}],
	])('%s → %s', (first, followUp, expected) => expectParsed(parseQuestion(followUp, contextFor(undefined, {previous: parsed(first)})), expected));

	it('a fresh question after a previous one starts over', () => {
		const previous = parsed('How much did I spend on S3 in prod last month?');
		expectParsed(parseQuestion('How much did I spend on EC2 this month?', contextFor(undefined, {previous})), {
			kind: 'total',
			period: ['2026-11-01', '2026-11-26'],
			granularity: 'MONTHLY',
			filter: service(EC2),
		});
	});

	it('follows a chain of three', () => {
		const first = parsed('How much did I spend on S3 last month?');
		const second = parsed('and the month before?', first);
		expectParsed(parseQuestion('by region instead', contextFor(undefined, {previous: second})), {
			kind: 'breakdown',
			period: september,
			granularity: 'MONTHLY',
			groupBy: ['REGION'],
			filter: service(S3),
		});
	});

	it('does not read an unrelated question as a follow-up', () => {
		const previous = parsed('How much did I spend on S3 last month?');
		expect(parseQuestion("what's the weather today?", contextFor(undefined, {previous})).kind).toBe('unrecognised');
	});

	it('an invalid follow-up says why', () => {
		const previous = parsed('How much did I spend on S3 in October 2025?');
		const outcome = parseQuestion('and the month before?', contextFor(undefined, {previous}));
		expect(outcome).toEqual({kind: 'invalid', message: 'Cost Explorer keeps 13 months of history: start on or after 2025-10-01.'});
	});
});

describe('follow-ups of the view on screen', () => {
	const current: CostQuery = {
		period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
		granularity: 'DAILY',
		metric: 'AmortizedCost',
		groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
		filter: tag('environment', 'prod'),
		scope: {source: 'demo'},
	};

	it.each<[string, Expected]>([
		['by region instead', {kind: 'breakdown', period: lastMonth, granularity: 'DAILY', metric: 'AmortizedCost', groupBy: ['REGION'], filter: tag('environment', 'prod')}],
		['only staging', {kind: 'breakdown', period: lastMonth, granularity: 'DAILY', metric: 'AmortizedCost', groupBy: ['SERVICE'], filter: tag('environment', 'staging')}],
		['and the month before?', {kind: 'breakdown', period: september, granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: ['SERVICE'], filter: tag('environment', 'prod')}],
		['what about S3?', {kind: 'breakdown', period: lastMonth, granularity: 'DAILY', metric: 'AmortizedCost', groupBy: ['SERVICE'], filter: and(tag('environment', 'prod'), service(S3))}],
	])('%s', (question, expected) => expectParsed(parseQuestion(question, contextFor(undefined, {current})), expected));
});
