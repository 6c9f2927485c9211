import {describe, expect, it} from 'vitest';
import {buildCatalogue} from '../../../source/sources/demo/catalogue.js';
import {dimensionValueOf} from '../../../source/sources/demo/dimensions.js';
import {DEMO_ACCOUNTS, DEMO_SERVICES, demoInjectedSpikes} from '../../../source/sources/demo/index.js';
import {USAGE_TYPE_PREFIX as PREFIXES} from '../../../source/sources/demo/organization.js';
import {TODAY} from './demo-query.js';

const catalogue = buildCatalogue(TODAY, 42);

describe('the demo organization', () => {
	it('has at least 8 named linked accounts with unique 12-digit ids', () => {
		expect(DEMO_ACCOUNTS.length).toBeGreaterThanOrEqual(8);
		for (const account of DEMO_ACCOUNTS) expect(account.id).toMatch(/^\d{12}$/);
		expect(new Set(DEMO_ACCOUNTS.map(account => account.id)).size).toBe(DEMO_ACCOUNTS.length);
		expect(new Set(DEMO_ACCOUNTS.map(account => account.name)).size).toBe(DEMO_ACCOUNTS.length);
		expect(DEMO_ACCOUNTS.map(account => account.name)).toEqual(
			expect.arrayContaining(['Production', 'Staging', 'Data Platform', 'Shared Services', 'Security', 'Sandbox']),
		);
	});

	it('bills at least 25 services under Cost Explorer names, and every service has costs', () => {
		const billed = new Set(catalogue.leaves.map(leaf => leaf.service.name));
		expect(billed.size).toBeGreaterThanOrEqual(25);
		for (const name of ['Amazon Elastic Compute Cloud - Compute', 'EC2 - Other', 'Amazon Simple Storage Service', 'AmazonCloudWatch', 'Tax']) {
			expect(billed).toContain(name);
		}
		expect(DEMO_SERVICES.every(service => billed.has(service.name))).toBe(true);
	});

	it('has at least 2,500 (usage type, account) pairs: enough for the million-row benchmark', () => {
		const pairs = new Set(catalogue.leaves.filter(leaf => leaf.cost.UnblendedCost !== 0).map(leaf => `${leaf.usageType}|${leaf.account.id}`));
		expect(pairs.size).toBeGreaterThanOrEqual(2_500);
	});

	it('prefixes usage types with the code of their REGION (unprefixed only in us-east-1 or global)', () => {
		const codeToRegion = new Map(Object.entries(PREFIXES).map(([region, code]) => [code, region]));
		for (const leaf of catalogue.leaves) {
			const code = /^([A-Z]+\d?)-/.exec(leaf.usageType)?.[1];
			const region = code === undefined ? undefined : codeToRegion.get(code);
			if (leaf.region === 'global') continue;
			if (region === undefined) expect(leaf.region, leaf.usageType).toBe('us-east-1');
			else expect(region, leaf.usageType).toBe(leaf.region);
		}
	});

	it('gives EC2 and RDS instance usage an INSTANCE_TYPE matching the usage type', () => {
		const instances = catalogue.leaves.filter(leaf => /(BoxUsage|InstanceUsage|SpotUsage):/.test(leaf.usageType));
		expect(instances.length).toBeGreaterThan(100);
		for (const leaf of instances) expect(leaf.usageType.endsWith(`:${dimensionValueOf(leaf, 'INSTANCE_TYPE')}`)).toBe(true);
		const storage = catalogue.leaves.find(leaf => leaf.usageType === 'USW2-TimedStorage-ByteHrs')!;
		expect(dimensionValueOf(storage, 'INSTANCE_TYPE')).toBe('NoInstanceType');
	});

	it('has every record type Cost Explorer reports for such a bill', () => {
		const recordTypes = new Set(catalogue.leaves.map(leaf => leaf.recordType));
		for (const recordType of ['Usage', 'DiscountedUsage', 'RIFee', 'SavingsPlanCoveredUsage', 'SavingsPlanNegation', 'SavingsPlanRecurringFee', 'Credit', 'Refund', 'Tax']) {
			expect(recordTypes).toContain(recordType);
		}
	});

	it('injects at least 3 spikes, each on one existing usage line, 1 to 3 days inside the history', () => {
		const spikes = demoInjectedSpikes(TODAY);
		expect(spikes.length).toBeGreaterThanOrEqual(3);
		for (const spike of spikes) {
			expect(spike.days.length).toBeGreaterThanOrEqual(1);
			expect(spike.days.length).toBeLessThanOrEqual(3);
			expect(spike.days[0]! >= catalogue.historyStart && spike.days.at(-1)! <= TODAY).toBe(true);
			const lines = catalogue.leaves.filter(
				leaf =>
					leaf.recordType === 'Usage' &&
					leaf.account.id === spike.account &&
					leaf.service.name === spike.service &&
					leaf.usageType === spike.usageType &&
					leaf.region === spike.region,
			);
			expect(lines, spike.id).toHaveLength(1);
		}
	});

	it('keeps the organization the same for every seed (only amounts change)', () => {
		const other = buildCatalogue(TODAY, 7);
		expect(other.leaves.map(leaf => `${leaf.account.id}|${leaf.usageType}|${leaf.recordType}`)).toEqual(
			catalogue.leaves.map(leaf => `${leaf.account.id}|${leaf.usageType}|${leaf.recordType}`),
		);
	});
});
