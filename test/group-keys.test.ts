import {describe, expect, it} from 'vitest';
import {groupKeyLabel, groupKeyValue, rowKeyLabels} from '../source/group-keys.js';
import type {GroupBy} from '../source/query.js';

const tag: GroupBy = {type: 'TAG', key: 'team'};
const category: GroupBy = {type: 'COST_CATEGORY', key: 'cat'};
const service: GroupBy = {type: 'DIMENSION', key: 'SERVICE'};

describe('groupKeyLabel', () => {
	it.each([
		[tag, 'team$analytics', 'analytics'],
		[tag, 'team$', '(untagged)'],
		[tag, 'team$a$b', 'a$b'],
		[category, 'cat$Platform', 'Platform'],
		[category, 'cat$', '(uncategorized)'],
		[service, 'Amazon S3', 'Amazon S3'],
		[service, '', '(none)'],
		[tag, 'team$=evil\u001B[31m\nrow', '=evil row'],
	])('%j %j → %j', (groupBy, key, label) => {
		expect(groupKeyLabel(groupBy, key)).toBe(label);
	});
	it('keeps control characters in the value for files that quote cells', () => {
		expect(groupKeyValue(tag, 'team$a\nb')).toBe('a\nb');
	});
	it('labels each key by its own group-by', () => {
		expect(rowKeyLabels([service, tag], ['Amazon S3', 'team$'])).toEqual(['Amazon S3', '(untagged)']);
	});
});
