import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {defaultConfigDir} from '../../source/config-file.js';
import {BudgetStore, parseBudget, parseBudgets} from '../../source/insights/budget-config.js';

describe('parseBudget', () => {
	it('keeps a valid budget and trims names', () => {
		expect(parseBudget({name: ' Storage ', monthlyAmount: 500, scope: {service: 'Amazon Simple Storage Service', tag: {key: 'team', value: 'web'}}})).toEqual({
			name: 'Storage',
			monthlyAmount: 500,
			scope: {service: 'Amazon Simple Storage Service', tag: {key: 'team', value: 'web'}},
		});
		expect(parseBudget({name: 'All', monthlyAmount: 1})).toEqual({name: 'All', monthlyAmount: 1, scope: {}});
	});

	it.each<[unknown, RegExp]>([
		[null, /must be an object/],
		[{monthlyAmount: 5}, /needs a name/],
		[{name: 'x', monthlyAmount: 0}, /above zero/],
		[{name: 'x', monthlyAmount: '500'}, /above zero/],
		[{name: 'x', monthlyAmount: Number.POSITIVE_INFINITY}, /above zero/],
		[{name: 'x', monthlyAmount: 5, scope: {account: '123'}}, /12-digit/],
		[{name: 'x', monthlyAmount: 5, scope: {service: ' '}}, /service name/],
		[{name: 'x', monthlyAmount: 5, scope: {tag: {key: 'team'}}}, /\{key, value\}/],
		[{name: 'x', monthlyAmount: 5, scope: {region: 'us-east-1'}}, /unknown scope field region/],
	])('refuses %j in one line', (raw, message) => {
		expect(() => parseBudget(raw)).toThrow(message);
		try {
			parseBudget(raw);
		} catch (error) {
			expect((error as Error).message.split('\n')).toHaveLength(1);
		}
	});

	it('refuses duplicate names and a list that is not one', () => {
		expect(() => parseBudgets([{name: 'A', monthlyAmount: 1}, {name: 'a', monthlyAmount: 2}])).toThrow(/Two budgets are named "a"/);
		expect(() => parseBudgets({})).toThrow(/must be a list/);
		expect(parseBudgets(undefined)).toEqual([]);
	});
});

describe('BudgetStore', () => {
	const directory = mkdtempSync(join(tmpdir(), 'aws-cost-budgets-'));
	afterAll(() => rmSync(directory, {recursive: true, force: true}));

	it('adds, refuses a taken name, lists across instances and removes by any case', async () => {
		await new BudgetStore({cwd: directory}).add({name: 'Storage', monthlyAmount: 500, scope: {}});
		await expect(new BudgetStore({cwd: directory}).add({name: 'storage', monthlyAmount: 1, scope: {}})).rejects.toThrow(/exists/);
		expect(new BudgetStore({cwd: directory}).list()).toEqual([{name: 'Storage', monthlyAmount: 500, scope: {}}]);
		expect(await new BudgetStore({cwd: directory}).remove('STORAGE')).toEqual([]);
		await expect(new BudgetStore({cwd: directory}).remove('Storage')).rejects.toThrow(/No budget named "Storage" \(budgets: none\)/);
	});

	it('finds the settings directory like settings.ts does, or where AWS_COST_CONFIG_DIR says', () => {
		expect(defaultConfigDir({AWS_COST_CONFIG_DIR: '/x'}, 'linux')).toBe('/x');
		expect(defaultConfigDir({XDG_CONFIG_HOME: '/home/u/.config'}, 'linux')).toBe('/home/u/.config/aws-cost');
		expect(defaultConfigDir({XDG_CONFIG_HOME: 'relative', HOME: '/home/u'}, 'linux')).toBe('/home/u/.config/aws-cost');
		expect(defaultConfigDir({HOME: '/Users/u'}, 'darwin')).toBe('/Users/u/Library/Preferences/aws-cost');
	});
});
