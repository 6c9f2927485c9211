import {describe, expect, it} from 'vitest';
import {CostEngine} from '../../../source/engine.js';
import {resolvePreset} from '../../../source/presets.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {TODAY, demoQuery} from './demo-query.js';

describe('the demo source behind the engine', () => {
	it('answers a validated query and counts one billable request per page', async () => {
		const engine = new CostEngine({source: createDemoSource({today: TODAY, pageSize: 100}), today: TODAY});
		const result = await engine.run(demoQuery({period: resolvePreset('last-month', TODAY), groupBy: [{type: 'DIMENSION', key: 'SERVICE'}]}));
		expect(result.empty).toBe(false);
		expect(result.unit).toBe('USD');
		expect(result.identity.principal).toMatch(/^arn:aws:iam::\d{12}:user\/demo$/);
		expect(result.stats.billableRequests).toBe(Math.ceil(result.rows.length / 100));
		expect(result.stats.pages).toBe(result.stats.billableRequests);
		expect(result.estimated).toBe(false);
	});

	it('answers "this month" with its last days estimated', async () => {
		const engine = new CostEngine({source: createDemoSource({today: TODAY}), today: TODAY});
		const result = await engine.run(demoQuery({period: resolvePreset('this-month', TODAY), granularity: 'MONTHLY'}));
		expect(result.rows).toHaveLength(1);
		expect(result.estimated).toBe(true);
	});
});
