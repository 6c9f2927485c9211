import {describe, expect, it} from 'vitest';
import {type QueryRunner, answerOffline, parseQuestion} from '../../../source/assistant/offline/index.js';
import {parseAmount} from '../../../source/money.js';
import type {FilterDimension} from '../../../source/query.js';
import {contextFor} from './expect-parsed.js';

/** A bill with EC2 in us-east-1 and eu-west-1 and team tags payments and search; a filter on anything else finds $0.00. */
function runner(amount: string, asked: string[] = []): QueryRunner {
	const values: Partial<Record<FilterDimension, string[]>> = {
		SERVICE: ['Amazon Elastic Compute Cloud - Compute'],
		REGION: ['us-east-1', 'eu-west-1'],
		LINKED_ACCOUNT: ['111111111111'],
	};
	return {
		run: async query => {
			const total = parseAmount(amount);
			const rows = [{start: query.period.start, end: query.period.end, keys: [], amount: total, unit: 'USD', estimated: false}];
			return {rows, total, unit: 'USD', empty: false, estimated: false};
		},
		forecast: async () => {
			throw new Error('not used');
		},
		anomalies: async () => {
			throw new Error('not used');
		},
		dimensionValues: async dimension => (asked.push(dimension), values[dimension] ?? []),
		tagValues: async key => (asked.push(`tag:${key}`), key === 'team' ? ['payments', 'search', ''] : []),
	};
}

async function answer(question: string, amount = '0', asked: string[] = []): Promise<string> {
	const parsed = parseQuestion(question, contextFor());
	if (parsed.kind === 'unrecognised' || parsed.kind === 'invalid') throw new Error(parsed.message);
	return (await answerOffline(parsed, runner(amount, asked))).text;
}

describe('a filter on something the bill lacks', () => {
	it.each([
		['What did EC2 cost in Frankfurt last month?', 'I found no region eu-central-1 (Europe (Frankfurt)) in this bill in October 2026, so there is no figure to give.'],
		['spend for account 999999999999 last month', 'I found no account 999999999999 in this bill in October 2026, so there is no figure to give.'],
		['What did the marketing team spend last month?', 'I found no team tag marketing in this bill in October 2026, so there is no figure to give.'],
		['Redshift in Tokyo last month', 'I found no service Amazon Redshift and no region ap-northeast-1 (Asia Pacific (Tokyo)) in this bill in October 2026, so there is no figure to give.'],
	])('%s', async (question, expected) => {
		expect(await answer(question)).toBe(expected);
	});

	it('with everything named in the bill, $0.00 is the answer, and nothing more is looked up when there was spend', async () => {
		expect(await answer('What did EC2 cost in Ireland last month?')).toBe(
			'You spent $0.00 on Amazon Elastic Compute Cloud - Compute in region eu-west-1 (Europe (Ireland)) in October 2026.',
		);
		const asked: string[] = [];
		expect(await answer('What did the search team spend last month?', '12.50', asked)).toBe('You spent $12.50 where team is search in October 2026.');
		expect(asked).toEqual([]);
	});
});
