import {describe, expect, it} from 'vitest';
import {systemPrompt} from '../../source/assistant/system-prompt.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';

const view: CostQuery = {
	period: {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate},
	granularity: 'DAILY',
	metric: 'AmortizedCost',
	groupBy: [{type: 'DIMENSION', key: 'REGION'}],
	filter: {Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda']}},
	scope: {source: 'aws', profile: 'prod'},
};

describe('systemPrompt', () => {
	it.each([
		['2026-10-16', 'This month so far is 2026-10-01 to 2026-10-17 (end exclusive); last month is 2026-09-01 to 2026-10-01.'],
		['2028-03-01', 'This month so far is 2028-03-01 to 2028-03-02 (end exclusive); last month is 2028-02-01 to 2028-03-01.'],
		['2027-01-31', 'This month so far is 2027-01-01 to 2027-02-01 (end exclusive); last month is 2026-12-01 to 2027-01-01.'],
	])('dates everything from today = %s', (today, months) => {
		const prompt = systemPrompt({today: today as IsoDate});
		expect(prompt).toContain(`Today is ${today} (UTC).`);
		expect(prompt).toContain(months);
		expect(prompt).toContain('No view is open yet.');
	});

	it('describes the current view as words and as a CostQuery without the scope', () => {
		const prompt = systemPrompt({today: '2026-10-16' as IsoDate, view});
		expect(prompt).toContain('The current view: AWS Lambda by REGION (AmortizedCost), 2026-02.');
		expect(prompt).toContain('"period":{"start":"2026-02-01","end":"2026-03-01"},"granularity":"DAILY"');
		expect(prompt).not.toContain('"scope"');
		expect(prompt).not.toContain('"profile"');
	});

	it('gives the weeks as ISO weeks, as `--range this-week` / `last-week` and the offline parser do', () => {
		// 2026-11-25 is a Wednesday.
		expect(systemPrompt({today: '2026-11-25' as IsoDate})).toContain(
			'Weeks are ISO weeks, Monday to Sunday: this week so far is 2026-11-23 to 2026-11-26; last week is 2026-11-16 to 2026-11-23',
		);
	});

	it('forbids answering a broader question than asked, and asks for lists', () => {
		expect(systemPrompt({today: '2026-10-16' as IsoDate})).toContain('Never answer a broader question than asked');
		expect(systemPrompt({today: '2026-10-16' as IsoDate})).toContain('Give top-N answers and breakdowns as a Markdown list');
	});

	it('says to use tools for every figure and to flag estimates', () => {
		const prompt = systemPrompt({today: '2026-10-16' as IsoDate});
		expect(prompt).toContain('Use the tools for every figure. Never invent');
		expect(prompt).toContain('If a tool says figures are estimated, or gives a forecast, say so.');
	});
});
