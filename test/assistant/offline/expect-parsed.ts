import {expect} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {type ParseContext, type ParseOutcome, parseQuestion} from '../../../source/assistant/offline/index.js';
import {DATA_TRANSFER_USAGE_TYPE_GROUPS} from '../../../source/assistant/offline/service-aliases.js';
import {type Expression, type Metric, groupByLabel} from '../../../source/query.js';
import {validateQuery} from '../../../source/validate.js';

export const TODAY = '2026-11-25' as IsoDate;

export const ACCOUNTS = [
	{id: '111111111111', name: 'Production'},
	{id: '222222222222', name: 'Data Platform'},
] as const;

/** The context most tables parse in: today pinned, demo scope, two named accounts. */
export function contextFor(today: IsoDate = TODAY, extra: Partial<ParseContext> = {}): ParseContext {
	return {today, scope: {source: 'demo'}, accounts: ACCOUNTS, ...extra};
}

export const service = (...names: string[]): Expression => ({Dimensions: {Key: 'SERVICE', Values: names}});
export const account = (...ids: string[]): Expression => ({Dimensions: {Key: 'LINKED_ACCOUNT', Values: ids}});
export const tag = (key: string, ...values: string[]): Expression => ({Tags: {Key: key, Values: values}});
export const and = (...parts: Expression[]): Expression => ({And: parts});
export const dataTransfer: Expression = {Dimensions: {Key: 'USAGE_TYPE_GROUP', Values: [...DATA_TRANSFER_USAGE_TYPE_GROUPS]}};

export const EC2 = 'Amazon Elastic Compute Cloud - Compute';
export const S3 = 'Amazon Simple Storage Service';
export const RDS = 'Amazon Relational Database Service';
export const LAMBDA = 'AWS Lambda';

/** What a table row expects of a parsed question; unset metric, groupBy and filter mean the defaults. */
export interface Expected {
	readonly kind: 'total' | 'breakdown' | 'top' | 'compare' | 'trend' | 'forecast' | 'anomalies';
	/** The query's period, end exclusive. */
	readonly period: readonly [string, string];
	readonly granularity: 'HOURLY' | 'DAILY' | 'MONTHLY';
	readonly metric?: Metric;
	/** Group-by labels: SERVICE, TAG:team … */
	readonly groupBy?: readonly string[];
	readonly filter?: Expression;
	readonly limit?: number;
	readonly comparison?: readonly [string, string];
	readonly target?: readonly [string, string];
	readonly window?: readonly [string, string];
}

/** Checks every query field and that each query passes validateQuery on `today`. */
export function expectParsed(outcome: ParseOutcome, expected: Expected, today: IsoDate = TODAY): void {
	if (outcome.kind === 'invalid' || outcome.kind === 'unrecognised') {
		throw new Error(`expected ${expected.kind}, got ${outcome.kind}: ${outcome.message}`);
	}
	const {query} = outcome;
	expect({
		kind: outcome.kind,
		period: [query.period.start, query.period.end],
		granularity: query.granularity,
		metric: query.metric,
		groupBy: query.groupBy.map(groupByLabel),
		filter: query.filter,
	}).toEqual({
		kind: expected.kind,
		period: expected.period,
		granularity: expected.granularity,
		metric: expected.metric ?? 'UnblendedCost',
		groupBy: expected.groupBy ?? [],
		filter: expected.filter,
	});
	expect(() => validateQuery(query, today)).not.toThrow();
	if ('limit' in outcome) expect(outcome.limit).toBe(expected.limit ?? (outcome.kind === 'compare' ? 3 : 5));
	if (outcome.kind === 'compare') {
		expect([outcome.comparison.period.start, outcome.comparison.period.end]).toEqual(expected.comparison);
		expect({...outcome.comparison, period: query.period}).toEqual(query);
		expect(() => validateQuery(outcome.comparison, today)).not.toThrow();
	}
	if (outcome.kind === 'forecast') expect([outcome.target.start, outcome.target.end]).toEqual(expected.target);
	if (outcome.kind === 'anomalies') expect([outcome.window.start, outcome.window.end]).toEqual(expected.window);
}

/** Parses with the standard context (or `today`) and checks the outcome. */
export function expectQuestion(text: string, expected: Expected, today: IsoDate = TODAY): void {
	expectParsed(parseQuestion(text, contextFor(today)), expected, today);
}
