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

describe('account names from Organizations', () => {
	test('reach the header and the switcher without escape sequences', () => {
		const hostile = [{id: '111111111111', name: 'Prod\u001B]0;pwned\u0007\u001B[2J'}];
		expect(scopeLabel({source: 'aws', account: '111111111111'}, hostile)).toBe('default / Prod (111111111111)');
		expect(accountChoices({source: 'aws'}, [], hostile, '')[1]?.label).toBe('Prod');
	});
});
