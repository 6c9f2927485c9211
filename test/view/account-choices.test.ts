import {describe, expect, test} from 'vitest';
import {accountChoices, scopeLabel} from '../../source/view/account-choices.js';

const accounts = [
	{id: '111111111111', name: 'Production'},
	{id: '222222222222', name: 'Staging'},
];

describe('accountChoices', () => {
	test('All accounts first, then the organization, then the profiles', () => {
		const choices = accountChoices({source: 'aws', profile: 'payer'}, ['payer', 'dev'], accounts, '');
		expect(choices.map(choice => choice.label)).toEqual(['All accounts', 'Production', 'Staging', 'payer', 'dev']);
		expect(choices[0]?.scope).toEqual({source: 'aws', profile: 'payer'});
		expect(choices[1]?.scope).toEqual({source: 'aws', profile: 'payer', account: '111111111111'});
		expect(choices[4]?.scope).toEqual({source: 'aws', profile: 'dev'});
	});

	test('All accounts drops the narrowed account', () => {
		const [all] = accountChoices({source: 'demo', account: '111111111111'}, [], accounts, '');
		expect(all?.scope).toEqual({source: 'demo'});
	});

	test.each([
		['stag', ['Staging']],
		['2222', ['Staging']],
		['PROFILE', ['payer']],
		['zzz', []],
	])('typing %j narrows to %o', (query, labels) => {
		const choices = accountChoices({source: 'aws'}, ['payer'], accounts, query);
		expect(choices.map(choice => choice.label)).toEqual(labels);
	});
});

describe('scopeLabel', () => {
	test.each([
		[{source: 'demo'}, 'demo / All accounts'],
		[{source: 'aws'}, 'default / All accounts'],
		[{source: 'aws', profile: 'prod'}, 'prod / All accounts'],
		[{source: 'aws', profile: 'prod', account: '111111111111'}, 'prod / Production (111111111111)'],
		[{source: 'aws', account: '333333333333'}, 'default / 333333333333'],
	] as const)('%o → %s', (scope, label) => {
		expect(scopeLabel(scope, accounts)).toBe(label);
	});
});
