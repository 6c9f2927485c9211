import {describe, expect, it} from 'vitest';
import {parseCommandArgs} from '../../source/cli/io.js';
import {QUERY_OPTIONS, buildQueryRequest} from '../../source/cli/query-options.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';
import {queryCommandLine, queryCommandWords, shellWord} from '../../source/view/query-command-line.js';

const october: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'DAILY',
	metric: 'AmortizedCost',
	groupBy: [{type: 'DIMENSION', key: 'REGION'}, {type: 'TAG', key: 'team'}],
	filter: {
		And: [
			{Dimensions: {Key: 'SERVICE', Values: ["Amazon Elastic Compute Cloud - Compute"]}},
			{Not: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit', 'Refund']}}},
			{Tags: {Key: 'env', Values: ['prod']}},
			{CostCategories: {Key: 'Business Unit', Values: ["O'Reilly"]}},
		],
	},
	scope: {source: 'aws', profile: 'prod', account: '123456789012'},
};

/** What `aws-cost query` makes of the words, as the query it would run. */
function parsedBack(words: readonly string[]): Partial<CostQuery> & {scopes: unknown; account: unknown} {
	const {values} = parseCommandArgs(words.slice(2), QUERY_OPTIONS);
	const request = buildQueryRequest(values, {AWS_COST_TODAY: '2026-11-25'});
	return {
		period: request.period,
		granularity: request.granularity,
		metric: request.metric,
		groupBy: request.groupBy,
		...(request.filter === undefined ? {} : {filter: request.filter}),
		scopes: request.scopes,
		account: request.account,
	};
}

describe('the view as an `aws-cost query` command line', () => {
	it('asks for the same query: period, granularity, metric, group-bys, filters and scope', () => {
		const words = queryCommandWords(october)!;
		const {scope, ...rest} = october;
		expect(parsedBack(words)).toEqual({...rest, scopes: {kind: 'profiles', profiles: ['prod']}, account: '123456789012'});
	});

	it('reads as a person would type it, quoted for the shell', () => {
		expect(queryCommandLine(october)).toBe(
			"aws-cost query --profile prod --account 123456789012 --from 2026-10-01 --to 2026-10-31 --granularity DAILY --metric AmortizedCost " +
				"--group-by REGION --group-by TAG:team --filter 'SERVICE=Amazon Elastic Compute Cloud - Compute' --filter 'RECORD_TYPE!=Credit,Refund' " +
				"--filter TAG:env=prod --filter 'COST_CATEGORY:Business Unit=O'\\''Reilly'",
		);
	});

	it('says --demo for the demo, and nothing for the default credentials', () => {
		const demo = {...october, filter: undefined, groupBy: [], scope: {source: 'demo' as const}};
		expect(queryCommandLine(demo)).toBe('aws-cost query --demo --from 2026-10-01 --to 2026-10-31 --granularity DAILY --metric AmortizedCost');
		expect(parsedBack(queryCommandWords(demo)!).scopes).toEqual({kind: 'demo'});
		expect(queryCommandWords({...demo, scope: {source: 'aws'}})).not.toContain('--profile');
	});

	it.each([
		['an Or', {Or: [{Dimensions: {Key: 'SERVICE', Values: ['a']}}, {Dimensions: {Key: 'REGION', Values: ['b']}}]}],
		['a value with a comma', {Tags: {Key: 'team', Values: ['a,b']}}],
		['a prefix match', {Dimensions: {Key: 'SERVICE', Values: ['Amazon'], MatchOptions: ['STARTS_WITH']}}],
	] as const)('has no command line for a filter with %s', (_name, filter) => {
		expect(queryCommandLine({...october, filter: filter as CostQuery['filter']})).toBeUndefined();
	});

	it.each([
		['plain', 'plain'],
		['with space', "'with space'"],
		["it's", "'it'\\''s'"],
		['$HOME', "'$HOME'"],
		['a!=b', "'a!=b'"],
	])('quotes %s for the shell as %s', (word, quoted) => {
		expect(shellWord(word)).toBe(quoted);
	});
});
