import {describe, expect, test} from 'vitest';
import type {GroupBy} from '../../source/query.js';
import {DEFAULT_DRILL_PATH, breadcrumbParts, drillFilter, groupKeyLabel, nextDrillGroupBy} from '../../source/view/drill.js';

const dimension = (key: 'SERVICE' | 'USAGE_TYPE' | 'REGION' | 'LINKED_ACCOUNT' | 'AZ' | 'RESOURCE_ID'): GroupBy => ({type: 'DIMENSION', key});

describe('nextDrillGroupBy', () => {
	test('walks the default path', () => {
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('SERVICE'), [])).toEqual(dimension('USAGE_TYPE'));
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('USAGE_TYPE'), [{groupBy: dimension('SERVICE'), key: 'EC2'}])).toEqual(
			dimension('REGION'),
		);
	});

	test('stops at the bottom of the path', () => {
		const steps = [
			{groupBy: dimension('SERVICE'), key: 'a'},
			{groupBy: dimension('USAGE_TYPE'), key: 'b'},
			{groupBy: dimension('REGION'), key: 'c'},
		];
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('LINKED_ACCOUNT'), steps)).toBeUndefined();
	});

	test('skips dimensions already narrowed after a group-by change', () => {
		// Grouped by REGION at the top (via `b`), then narrowed: SERVICE comes round again.
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('REGION'), [])).toEqual(dimension('LINKED_ACCOUNT'));
		const steps = [{groupBy: dimension('REGION'), key: 'us-east-1'}];
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('LINKED_ACCOUNT'), steps)).toEqual(dimension('SERVICE'));
	});

	test('on a source with line items, a usage type opens onto its resources, and a resource is the bottom', () => {
		const steps = [{groupBy: dimension('SERVICE'), key: 'EC2'}];
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('USAGE_TYPE'), steps, true)).toEqual(dimension('RESOURCE_ID'));
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('RESOURCE_ID'), [...steps, {groupBy: dimension('USAGE_TYPE'), key: 'BoxUsage'}], true)).toBeUndefined();
		// The other levels keep the path; without line items the usage type goes on to REGION as before.
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('SERVICE'), [], true)).toEqual(dimension('USAGE_TYPE'));
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('USAGE_TYPE'), steps, false)).toEqual(dimension('REGION'));
	});

	test('a dimension off the path starts from the top of the path', () => {
		expect(nextDrillGroupBy(DEFAULT_DRILL_PATH, dimension('AZ'), [])).toEqual(dimension('SERVICE'));
	});
});

describe('drillFilter', () => {
	test('is undefined at the top, one expression for one step, And for more', () => {
		expect(drillFilter([])).toBeUndefined();
		expect(drillFilter([{groupBy: dimension('SERVICE'), key: 'Amazon EC2'}])).toEqual({
			Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']},
		});
		expect(
			drillFilter([
				{groupBy: dimension('SERVICE'), key: 'Amazon EC2'},
				{groupBy: dimension('REGION'), key: 'us-east-1'},
			]),
		).toEqual({
			And: [{Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}}, {Dimensions: {Key: 'REGION', Values: ['us-east-1']}}],
		});
	});

	test('tag keys lose their prefix, and the untagged become ABSENT', () => {
		const team: GroupBy = {type: 'TAG', key: 'team'};
		expect(drillFilter([{groupBy: team, key: 'team$backend'}])).toEqual({Tags: {Key: 'team', Values: ['backend']}});
		expect(drillFilter([{groupBy: team, key: 'team$'}])).toEqual({Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}});
		expect(drillFilter([{groupBy: {type: 'COST_CATEGORY', key: 'unit'}, key: 'unit$ops'}])).toEqual({
			CostCategories: {Key: 'unit', Values: ['ops']},
		});
	});
});

describe('labels', () => {
	test.each([
		[dimension('SERVICE'), 'Amazon EC2', 'Amazon EC2'],
		[dimension('SERVICE'), '', '(none)'],
		[{type: 'TAG', key: 'team'} as GroupBy, 'team$web', 'web'],
		[{type: 'TAG', key: 'team'} as GroupBy, 'team$', '(untagged)'],
	])('%o %s reads %s', (groupBy, key, label) => {
		expect(groupKeyLabel(groupBy, key)).toBe(label);
	});

	test('breadcrumb parts name each step', () => {
		expect(breadcrumbParts([{groupBy: dimension('SERVICE'), key: 'Amazon S3'}])).toEqual(['SERVICE: Amazon S3']);
	});
});
