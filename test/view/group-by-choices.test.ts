import {describe, expect, test} from 'vitest';
import {GROUP_DIMENSIONS} from '../../source/query.js';
import {groupByChoiceIndex, groupByChoiceLabel, groupByChoices} from '../../source/view/group-by-choices.js';

describe('group-by choices', () => {
	test('dimensions first, then tag keys, then cost categories, each sorted once', () => {
		const choices = groupByChoices({tags: ['team', 'environment', 'team'], costCategories: ['Business Unit']});
		expect(choices.slice(0, GROUP_DIMENSIONS.length).map(choice => choice.key)).toEqual([...GROUP_DIMENSIONS]);
		expect(choices.slice(GROUP_DIMENSIONS.length)).toEqual([
			{type: 'TAG', key: 'environment'},
			{type: 'TAG', key: 'team'},
			{type: 'COST_CATEGORY', key: 'Business Unit'},
		]);
	});

	test('RESOURCE_ID follows the dimensions on a source with line items (an export), never on Cost Explorer', () => {
		const listed = {tags: ['team'], costCategories: []};
		expect(groupByChoices(listed, true).slice(GROUP_DIMENSIONS.length)).toEqual([
			{type: 'DIMENSION', key: 'RESOURCE_ID'},
			{type: 'TAG', key: 'team'},
		]);
		expect(groupByChoices(listed).some(choice => choice.key === 'RESOURCE_ID')).toBe(false);
	});

	test('before the keys are listed, only the dimensions', () => {
		expect(groupByChoices(undefined)).toHaveLength(GROUP_DIMENSIONS.length);
	});

	test('labels say what kind of key a choice is', () => {
		expect(groupByChoiceLabel({type: 'DIMENSION', key: 'SERVICE'})).toBe('SERVICE');
		expect(groupByChoiceLabel({type: 'TAG', key: 'team'})).toBe('Tag: team');
		expect(groupByChoiceLabel({type: 'COST_CATEGORY', key: 'Business Unit'})).toBe('Cost category: Business Unit');
	});

	test('the cursor starts on the view’s group-by, a tag as well as a dimension', () => {
		const choices = groupByChoices({tags: ['team'], costCategories: []});
		expect(groupByChoiceIndex(choices, {type: 'TAG', key: 'team'})).toBe(GROUP_DIMENSIONS.length);
		expect(groupByChoiceIndex(choices, {type: 'DIMENSION', key: 'REGION'})).toBe(GROUP_DIMENSIONS.indexOf('REGION'));
		// A tag with the name of a dimension is not that dimension; one not listed starts at the top.
		expect(groupByChoiceIndex(choices, {type: 'TAG', key: 'SERVICE'})).toBe(0);
	});
});
