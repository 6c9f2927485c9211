import {describe, expect, it} from 'vitest';
import {parseQuestion} from '../../../source/assistant/offline/index.js';
import type {Expression} from '../../../source/query.js';
import {AWS_AREAS, AWS_REGIONS, describeRegion, describeRegions} from '../../../source/regions.js';
import {EC2, type Expected, S3, and, contextFor, expectParsed, expectQuestion, service} from './expect-parsed.js';

const region = (...codes: string[]): Expression => ({Dimensions: {Key: 'REGION', Values: codes}});
const excluding = (...types: string[]): Expression => ({Not: {Dimensions: {Key: 'RECORD_TYPE', Values: types}}});
const recordType = (...types: string[]): Expression => ({Dimensions: {Key: 'RECORD_TYPE', Values: types}});
const lastMonth = (filter?: Expression, kind: Expected['kind'] = 'total'): Expected => ({
	kind,
	period: ['2026-10-01', '2026-11-01'],
	granularity: 'MONTHLY',
	...(filter === undefined ? {} : {filter}),
	...(kind === 'top' ? {groupBy: ['SERVICE']} : {}),
});

describe('regions, by code or by name', () => {
	it.each<[string, Expected]>([
		['What did EC2 cost in eu-west-1 last month?', lastMonth(and(service(EC2), region('eu-west-1')))],
		['What did EC2 cost in Ireland last month?', lastMonth(and(service(EC2), region('eu-west-1')))],
		['EC2 in the Frankfurt region last month', lastMonth(and(service(EC2), region('eu-central-1')))],
		['spend in N. Virginia last month', lastMonth(region('us-east-1'))],
		['spend in northern virginia last month', lastMonth(region('us-east-1'))],
		['spend in us-east-1 last month', lastMonth(region('us-east-1'))],
		['How much did we spend in Oregon and Ireland last month?', lastMonth(region('us-west-2', 'eu-west-1'))],
		['spend in São Paulo last month', lastMonth(region('sa-east-1'))],
		['spend in tokyo last month', lastMonth(region('ap-northeast-1'))],
		['spend in region eu-west-9 last month', lastMonth(region('eu-west-9'))],
		['S3 in us-gov-west-1 last month', lastMonth(and(service(S3), region('us-gov-west-1')))],
		['top 3 services in Sydney last month', {...lastMonth(region('ap-southeast-2'), 'top'), limit: 3}],
		// Parts of the world are every region there; "us" the pronoun is no region.
		['how much did we spend on EC2 in the US last month', lastMonth(and(service(EC2), region('us-east-1', 'us-east-2', 'us-west-1', 'us-west-2')))],
		['cost of S3 in Europe last month', lastMonth(and(service(S3), region(...AWS_AREAS.find(area => area.name === 'Europe')!.codes)))],
		['what did they charge us last month', lastMonth()],
	])('%s', (question, expected) => expectQuestion(question, expected));

	it('every region in the table has a code Cost Explorer uses and a name the answer prints', () => {
		for (const {code, name} of AWS_REGIONS) {
			expect(code).toMatch(/^(?:[a-z]{2}(?:-gov)?-[a-z]+-\d|global)$/);
			if (code !== 'global') expect(describeRegion(code)).toBe(`${code} (${name})`);
		}
		expect(describeRegion('eu-west-1')).toBe('eu-west-1 (Europe (Ireland))');
		expect(describeRegions(['us-west-2', 'eu-west-1'])).toBe('regions us-west-2 (US West (Oregon)) or eu-west-1 (Europe (Ireland))');
		expect(describeRegions(AWS_AREAS[1]!.codes)).toBe('every region in Europe (8 regions)');
	});
});

describe('credits, refunds and tax', () => {
	it.each<[string, Expected]>([
		['How much did we spend last month excluding credits?', lastMonth(excluding('Credit'))],
		['spend last month without credits', lastMonth(excluding('Credit'))],
		['spend last month, not counting refunds', lastMonth(excluding('Refund'))],
		['spend last month without credits, refunds and tax', lastMonth(excluding('Credit', 'Refund', 'Tax'))],
		['spend last month excluding credits and refunds', lastMonth(excluding('Credit', 'Refund'))],
		['spend last month before tax', lastMonth(excluding('Tax'))],
		// "Net of credits" and "after credits" are the bill as usual, credits included.
		['EC2 spend last month, net of credits', lastMonth(service(EC2))],
		['EC2 spend last month after credits', lastMonth(service(EC2))],
		['EC2 last month ex tax', lastMonth(and(service(EC2), excluding('Tax')))],
		['EC2 in Ireland last month excluding credits', lastMonth(and(service(EC2), region('eu-west-1'), excluding('Credit')))],
		['how much credit did we get last month', lastMonth(recordType('Credit'))],
		['refunds last month', lastMonth(recordType('Refund'))],
		['tax last month', lastMonth(service('Tax'))],
	])('%s', (question, expected) => expectQuestion(question, expected));

	it('a follow-up can take an exclusion back', () => {
		const first = parseQuestion('spend last month excluding credits', contextFor());
		if (first.kind === 'unrecognised' || first.kind === 'invalid') throw new Error(first.message);
		expectParsed(parseQuestion('and including credits?', contextFor(undefined, {previous: first})), lastMonth());
	});

	it('follow-ups change the region or add an exclusion, keeping the rest', () => {
		const first = parseQuestion('What did EC2 cost in Ireland last month?', contextFor());
		if (first.kind === 'unrecognised' || first.kind === 'invalid') throw new Error(first.message);
		const previous = {previous: first};
		expectParsed(parseQuestion('what about Frankfurt?', contextFor(undefined, previous)), lastMonth(and(service(EC2), region('eu-central-1'))));
		expectParsed(
			parseQuestion('and without credits?', contextFor(undefined, previous)),
			lastMonth(and(service(EC2), region('eu-west-1'), excluding('Credit'))),
		);
		expectParsed(parseQuestion('and in all regions?', contextFor(undefined, previous)), lastMonth(service(EC2)));
	});
});

describe('never a broader question than asked', () => {
	it.each<[string, RegExp]>([
		['How much did we spend on Snowflake last month?', /^I found no service called Snowflake in this bill/],
		['What did Datadog cost in October?', /^I found no service called Datadog in this bill/],
		['spend on snowflake and EC2 in october', /^I found no service called snowflake in this bill/],
		['How much did the Big Data Cluster cost last month?', /"Cluster"/],
		['How much did we spend last month except S3?', /I don't understand "except" in this question/],
		['EC2 spend last month excluding Lambda', /I don't understand "excluding" in this question/],
		['How much did we spend last month on reserved capacity for marketing?', /called reserved capacity.*marketing|marketing/],
		['What did EC2 cost last month in Atlantis?', /I found no service called Atlantis/],
		['spend last month above $100', /I don't understand "above \$100"/],
		['How much did EC2 cost on weekdays last month?', /weekdays/],
	])('%s → refused, naming it', (question, message) => {
		const outcome = parseQuestion(question, contextFor());
		expect(outcome.kind).toBe('unrecognised');
		if (outcome.kind !== 'unrecognised') return;
		expect(outcome.message).toMatch(message);
		expect(outcome.message).toContain('So I give no figure rather than answer a broader question');
		expect(outcome.message).not.toMatch(/\$[\d,]+\.\d\d/);
	});

	it('reads a service only the bill names, when it has the bill’s services', () => {
		const question = 'How much did Step Functions cost last month?';
		expect(parseQuestion(question, contextFor()).kind).toBe('unrecognised');
		expectParsed(
			parseQuestion(question, contextFor(undefined, {services: ['AWS Step Functions', 'AWS Support (Business)']})),
			lastMonth(service('AWS Step Functions')),
		);
		expectParsed(
			parseQuestion('spend on AWS Support last month', contextFor(undefined, {services: ['AWS Support (Business)']})),
			lastMonth(service('AWS Support (Business)')),
		);
	});

	it.each([
		'How much did I spend on S3 last month?',
		'Hey, quick question: what did we spend last month overall?',
		'Why did EC2 go up compared to last month?',
		'ok so how much are we going to spend by the end of the month?',
		'EC2 usage hours last month',
	])('still answers %j', question => {
		expect(parseQuestion(question, contextFor()).kind).not.toBe('unrecognised');
	});
});
