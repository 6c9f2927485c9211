import {describe, expect, it} from 'vitest';
import {costResultText} from '../../../source/assistant/tools/cost-table.js';
import {describeKeys} from '../../../source/assistant/offline/describe.js';
import type {CostQuery} from '../../../source/query.js';
import {resultOf, row, sampleQuery} from '../../fixtures/query-results.js';

const byTeam: CostQuery = {...sampleQuery, groupBy: [{type: 'TAG', key: 'team'}]};

describe('chat answers name tag values, not Cost Explorer keys', () => {
	it('the query tool’s table', () => {
		const text = costResultText(resultOf([row('2026-09-01', '2026-10-01', ['team$analytics'], '3'), row('2026-09-01', '2026-10-01', ['team$'], '1')], byTeam));
		expect(text).toMatch(/analytics \| \$3\.00 \| 75\.0%/);
		expect(text).toMatch(/\(untagged\) \| \$1\.00 \| 25\.0%/);
		expect(text).not.toContain('team$');
	});
	it('the offline parser’s sentences, for cost categories too', () => {
		expect(describeKeys(['team$'], byTeam)).toBe('(untagged)');
		expect(describeKeys(['cat$Platform'], {...sampleQuery, groupBy: [{type: 'COST_CATEGORY', key: 'cat'}]})).toBe('Platform');
	});
});
