import {describe, expect, it} from 'vitest';
import {EXAMPLE_QUESTIONS, parseQuestion} from '../../../source/assistant/offline/index.js';
import type {IsoDate} from '../../../source/dates.js';
import {EC2, type Expected, S3, contextFor, expectQuestion, service} from './expect-parsed.js';

const thisMonth = ['2026-11-01', '2026-11-26'] as const;
const lastMonth = ['2026-10-01', '2026-11-01'] as const;
const sameDaysLastMonth = ['2026-10-01', '2026-10-26'] as const;

describe('comparisons', () => {
	it.each<[string, Expected]>([
		['this month vs last month', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: sameDaysLastMonth}],
		['costs compared to last month', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: sameDaysLastMonth}],
		['month over month change', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: sameDaysLastMonth}],
		['week over week', {kind: 'compare', period: ['2026-11-18', '2026-11-25'], granularity: 'DAILY', groupBy: ['SERVICE'], comparison: ['2026-11-11', '2026-11-18']}],
		['why did EC2 go up?', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(EC2), comparison: sameDaysLastMonth}],
		['Why did my bill go up last month', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-09-01', '2026-10-01']}],
		['what changed?', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: sameDaysLastMonth}],
		["what's changed in October", {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-09-01', '2026-10-01']}],
		['S3 vs last month by region', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['REGION'], filter: service(S3), comparison: sameDaysLastMonth}],
		['compare October with September', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-09-01', '2026-10-01']}],
		['October vs. September', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-09-01', '2026-10-01']}],
		['last 14 days versus the 14 before', {kind: 'compare', period: ['2026-11-11', '2026-11-25'], granularity: 'DAILY', groupBy: ['SERVICE'], comparison: ['2026-10-28', '2026-11-11']}],
		['year over year', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2025-11-01', '2025-11-26']}],
		['top movers', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: sameDaysLastMonth}],
		['top 5 movers last month', {kind: 'compare', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-09-01', '2026-10-01'], limit: 5}],
		['is S3 higher than usual?', {kind: 'compare', period: thisMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(S3), comparison: sameDaysLastMonth}],
	])('%s', (question, expected) => expectQuestion(question, expected));

	it.each<[string, string, Expected]>([
		['2026-03-31', 'this month vs last month', {kind: 'compare', period: ['2026-03-01', '2026-04-01'], granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-02-01', '2026-03-01']}],
		['2028-03-15', 'this month vs last month', {kind: 'compare', period: ['2028-03-01', '2028-03-16'], granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2028-02-01', '2028-02-16']}],
		['2026-03-30', 'month over month', {kind: 'compare', period: ['2026-03-01', '2026-03-31'], granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-02-01', '2026-03-01']}],
		['2027-01-10', 'what changed in December', {kind: 'compare', period: ['2026-12-01', '2027-01-01'], granularity: 'MONTHLY', groupBy: ['SERVICE'], comparison: ['2026-11-01', '2026-12-01']}],
	])('on %s: %s', (today, question, expected) => expectQuestion(question, expected, today as IsoDate));
});

describe('top N', () => {
	it.each<[string, Expected]>([
		['top 5 services', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], limit: 5}],
		['Top 3 accounts last month', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['LINKED_ACCOUNT'], limit: 3}],
		['top three regions', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['REGION'], limit: 3}],
		['biggest costs this month', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE']}],
		['what is the most expensive service?', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], limit: 1}],
		['most expensive regions last month', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['REGION']}],
		['which service costs the most?', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE'], limit: 1}],
		['top 10 usage types for EC2', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(EC2), limit: 10}],
		['biggest S3 costs', {kind: 'top', period: thisMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(S3)}],
		['5 most expensive teams in october', {kind: 'top', period: lastMonth, granularity: 'MONTHLY', groupBy: ['TAG:team'], limit: 5}],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

describe('forecasts, anomalies, trends and breakdowns', () => {
	it.each<[string, Expected]>([
		['forecast', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', target: ['2026-11-01', '2026-12-01']}],
		['what is the projected spend at the end of the month?', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', target: ['2026-11-01', '2026-12-01']}],
		['how much will I spend this month?', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', target: ['2026-11-01', '2026-12-01']}],
		['forecast S3 for next month', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', filter: service(S3), target: ['2026-12-01', '2027-01-01']}],
		['forecast this quarter', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', target: ['2026-10-01', '2027-01-01']}],
		['amortized run rate', {kind: 'forecast', period: ['2026-08-26', '2026-11-25'], granularity: 'DAILY', metric: 'AmortizedCost', target: ['2026-11-01', '2026-12-01']}],
		['any anomalies?', {kind: 'anomalies', period: ['2026-08-31', '2026-11-25'], granularity: 'DAILY', groupBy: ['SERVICE'], window: ['2026-10-26', '2026-11-25']}],
		['anomalies last week', {kind: 'anomalies', period: ['2026-09-21', '2026-11-23'], granularity: 'DAILY', groupBy: ['SERVICE'], window: ['2026-11-16', '2026-11-23']}],
		['were there any spikes in EC2 this month?', {kind: 'anomalies', period: ['2026-09-06', '2026-11-26'], granularity: 'DAILY', groupBy: ['USAGE_TYPE'], filter: service(EC2), window: thisMonth}],
		['anything unusual by account?', {kind: 'anomalies', period: ['2026-08-31', '2026-11-25'], granularity: 'DAILY', groupBy: ['LINKED_ACCOUNT'], window: ['2026-10-26', '2026-11-25']}],
		['anything weird', {kind: 'anomalies', period: ['2026-08-31', '2026-11-25'], granularity: 'DAILY', groupBy: ['SERVICE'], window: ['2026-10-26', '2026-11-25']}],
		['show me the trend', {kind: 'trend', period: ['2026-10-26', '2026-11-25'], granularity: 'DAILY'}],
		['S3 trend', {kind: 'trend', period: ['2026-10-26', '2026-11-25'], granularity: 'DAILY', filter: service(S3)}],
		['cost trend over the last 3 months', {kind: 'trend', period: ['2026-08-01', '2026-11-01'], granularity: 'DAILY'}],
		['trend for the last 6 months', {kind: 'trend', period: ['2026-05-01', '2026-11-01'], granularity: 'MONTHLY'}],
		['spend over time by service', {kind: 'trend', period: ['2026-10-26', '2026-11-25'], granularity: 'DAILY', groupBy: ['SERVICE']}],
		['break down my bill', {kind: 'breakdown', period: thisMonth, granularity: 'MONTHLY', groupBy: ['SERVICE']}],
		['where did my money go last month?', {kind: 'breakdown', period: lastMonth, granularity: 'MONTHLY', groupBy: ['SERVICE']}],
		['breakdown of EC2', {kind: 'breakdown', period: thisMonth, granularity: 'MONTHLY', groupBy: ['USAGE_TYPE'], filter: service(EC2)}],
	])('%s', (question, expected) => expectQuestion(question, expected));
});

describe('questions the offline parser does not answer', () => {
	it.each([
		"What's the weather today?",
		'tell me a joke',
		'hello',
		'???',
		'',
		'how can I reduce my costs?',
		'should I buy savings plans?',
		'delete my buckets',
		'recommend reserved instances for EC2',
		'what is the capital of France in 2025',
	])('%j', question => {
		const outcome = parseQuestion(question, contextFor());
		expect(outcome.kind).toBe('unrecognised');
		expect(outcome.kind === 'unrecognised' && outcome.message).toBe(
			`I can't answer that offline. Try: ${EXAMPLE_QUESTIONS.map(example => `"${example}"`).join(', ')}.`,
		);
	});

	it('offers example questions it does answer', () => {
		expect(EXAMPLE_QUESTIONS.length).toBeGreaterThanOrEqual(3);
		for (const example of EXAMPLE_QUESTIONS) expect(parseQuestion(example, contextFor()).kind).not.toMatch(/unrecognised|invalid/);
	});

	it.each<[string, RegExp]>([
		['top 0 services', /at least one/],
		['top 100 services', /at most 25/],
		['forecast for last month', /is over/],
		['anomalies in December 2026', /Cost data stops at today/],
		['compare September 2025 with the month before', /13 months of history/],
	])('%s is invalid', (question, message) => {
		const outcome = parseQuestion(question, contextFor());
		expect(outcome.kind).toBe('invalid');
		expect(outcome.kind === 'invalid' && outcome.message).toMatch(message);
	});
});
