import {describe, expect, it} from 'vitest';
import {canonicalQuery} from '../../source/canonical.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';
import {validateQuery} from '../../source/validate.js';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliProcess} from '../fixtures/run-cli.js';

const lambda = {Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda']}} as const;
const query: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [],
	filter: {And: [lambda, lambda]},
	scope: {source: 'aws'},
};

describe('a filter repeated is one filter', () => {
	it('canonicalizes And/Or of one distinct operand to that operand, and then validates', () => {
		expect(canonicalQuery(query).filter).toEqual(lambda);
		expect(canonicalQuery({...query, filter: {Or: [lambda, {Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda', 'AWS Lambda']}}]}}).filter).toEqual(lambda);
		expect(validateQuery(canonicalQuery({...query, filter: {And: [lambda]}}), '2026-11-25' as IsoDate).filter).toEqual(lambda);
	});

	describe('against a local Cost Explorer', () => {
		const local = useLocalCostExplorer();
		const dir = local.dir;

		it('sends --filter X --filter X as X, never as a one-operand And', async () => {
			local.server().fallback('GetCostAndUsage', {json: {ResultsByTime: []}});
			const env = isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: local.server().endpoint});
			const run = await runCliProcess(['query', '--filter', 'SERVICE=AWS Lambda', '--filter', 'SERVICE=AWS Lambda', '--no-cache', '--format', 'json', '--today', '2026-11-25'], env);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(local.server().requestsFor('GetCostAndUsage')[0]?.body['Filter']).toEqual({Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda']}});
		});
	});
});
