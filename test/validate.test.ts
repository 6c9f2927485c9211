import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import type {CostQuery} from '../source/query.js';
import {earliestDailyDate, validateQuery} from '../source/validate.js';

const today = '2026-11-25' as IsoDate;
const base: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'demo'},
};
const withPeriod = (start: string, end: string): CostQuery => ({...base, period: {start: start as IsoDate, end: end as IsoDate}});

describe('validateQuery', () => {
	it('accepts a plain query and returns it', () => {
		expect(validateQuery(base, today)).toBe(base);
	});

	it.each<[string, CostQuery, RegExp]>([
		['end before start', withPeriod('2026-10-05', '2026-10-01'), /before it starts/],
		['empty period', withPeriod('2026-10-05', '2026-10-05'), /before it starts/],
		['future end', withPeriod('2026-11-01', '2026-12-01'), /stops at today \(2026-11-25\)/],
		['before 13 months', withPeriod('2025-09-30', '2025-10-05'), /13 months.*2025-10-01/],
		['hourly beyond 14 days', {...withPeriod('2026-11-01', '2026-11-03'), granularity: 'HOURLY'}, /14 days.*2026-11-11/],
		[
			'three group-bys',
			{
				...base,
				groupBy: [
					{type: 'DIMENSION', key: 'SERVICE'},
					{type: 'DIMENSION', key: 'REGION'},
					{type: 'TAG', key: 'team'},
				],
			},
			/at most 2/,
		],
		['a repeated group-by', {...base, groupBy: [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'DIMENSION', key: 'SERVICE'}]}, /repeats/],
		['an unknown metric', {...base, metric: 'Cost' as never}, /Unknown metric "Cost"/],
		['an unknown granularity', {...base, granularity: 'WEEKLY' as never}, /Unknown granularity/],
		['an unknown group dimension', {...base, groupBy: [{type: 'DIMENSION', key: 'COLOR' as never}]}, /Unknown group-by dimension/],
		['an empty tag group-by', {...base, groupBy: [{type: 'TAG', key: ' '}]}, /needs a name/],
		['an unknown filter dimension', {...base, filter: {Dimensions: {Key: 'COLOR' as never, Values: ['x']}}}, /Unknown filter dimension/],
		['a filter without values', {...base, filter: {Tags: {Key: 'team', Values: []}}}, /no values/],
		['a one-part And', {...base, filter: {And: [{Tags: {Key: 'team', Values: ['a']}}]}}, /at least two/],
	])('rejects %s', (_name, query, message) => {
		expect(() => validateQuery(query, today)).toThrow(message);
	});

	it.each([
		['the first allowed day', withPeriod('2025-10-01', '2025-11-01')],
		['up to and including today', withPeriod('2026-11-01', '2026-11-26')],
		['hourly in the last 14 days', {...withPeriod('2026-11-11', '2026-11-26'), granularity: 'HOURLY' as const}],
		['a tag ABSENT filter without values', {...base, filter: {Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT' as const]}}}],
	])('accepts %s', (_name, query) => {
		expect(() => validateQuery(query as CostQuery, today)).not.toThrow();
	});

	it.each([
		['2026-11-25', '2025-10-01'],
		['2026-01-31', '2024-12-01'],
		['2024-02-29', '2023-01-01'],
	])('on %s history starts %s', (on, earliest) => {
		expect(earliestDailyDate(on as IsoDate)).toBe(earliest);
	});
});
