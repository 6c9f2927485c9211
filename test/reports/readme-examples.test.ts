import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseTemplate} from '../../source/reports/report-template.js';
import {parseWatchPlan, watchConfigSchema} from '../../source/reports/watch/watch-plan.js';

const readme = readFileSync(join(new URL('../..', import.meta.url).pathname, 'README.md'), 'utf8');
const start = readme.indexOf('## Reports and alerts: `report`, `watch`');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const jsonBlocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map(match => match[1]!);

describe('the README\'s reports section', () => {
	it('documents a template file that validates', () => {
		const template = parseTemplate(jsonBlocks.find(block => block.includes('"sections"'))!, 'README');
		expect(template).toMatchObject({title: 'Platform costs', range: 'last-14-days', topMovers: 5, minAnomalyImpact: 50});
	});

	it('documents a --watch-config file that makes a plan', () => {
		const config = watchConfigSchema.parse(JSON.parse(jsonBlocks.find(block => block.includes('"every"'))!));
		expect(parseWatchPlan(config)).toMatchObject({everyMs: 86_400_000, atMinute: 540, report: 'daily', to: ['slack']});
	});
});
