import {describe, expect, it} from 'vitest';
import {canonicalKey, canonicalQuery} from '../source/canonical.js';
import type {IsoDate} from '../source/dates.js';
import type {CostQuery} from '../source/query.js';

const base: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'aws', profile: 'prod'},
};

describe('canonical keys', () => {
	it('gives one key to filters that differ only in order and repeats', () => {
		const a = {...base, filter: {And: [{Dimensions: {Key: 'REGION' as const, Values: ['us-east-1', 'eu-west-1']}}, {Tags: {Key: 'team', Values: ['b', 'a', 'a']}}]}};
		const b = {...base, filter: {And: [{Tags: {Key: 'team', Values: ['a', 'b']}}, {Dimensions: {Key: 'REGION' as const, Values: ['eu-west-1', 'us-east-1']}}]}};
		expect(canonicalKey(a)).toBe(canonicalKey(b));
	});

	it('ignores the order keys were written in', () => {
		const reordered = {scope: base.scope, groupBy: base.groupBy, metric: base.metric, granularity: base.granularity, period: {end: base.period.end, start: base.period.start}} as CostQuery;
		expect(canonicalKey(reordered)).toBe(canonicalKey(base));
	});

	it.each<[string, Partial<CostQuery>]>([
		['metric', {metric: 'AmortizedCost'}],
		['granularity', {granularity: 'MONTHLY'}],
		['group-by order', {groupBy: [{type: 'DIMENSION', key: 'REGION'}, {type: 'DIMENSION', key: 'SERVICE'}]}],
		['profile', {scope: {source: 'aws', profile: 'dev'}}],
		['account', {scope: {source: 'aws', profile: 'prod', account: '111111111111'}}],
		['period', {period: {start: '2026-10-02' as IsoDate, end: '2026-11-01' as IsoDate}}],
		['a Not', {filter: {Not: {Dimensions: {Key: 'SERVICE', Values: ['Tax']}}}}],
	])('tells apart queries that differ in %s', (_name, change) => {
		expect(canonicalKey({...base, ...change})).not.toBe(canonicalKey(base));
	});

	it('keeps a Not distinct from the plain filter', () => {
		const plain = {...base, filter: {Dimensions: {Key: 'SERVICE' as const, Values: ['Tax']}}};
		const negated = {...base, filter: {Not: plain.filter}};
		expect(canonicalKey(plain)).not.toBe(canonicalKey(negated));
	});

	it('drops undefined optional fields', () => {
		expect(canonicalQuery({...base, filter: undefined})).not.toHaveProperty('filter');
	});
});
