import type {Browser} from 'playwright-core';
import {SaxesParser} from 'saxes';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {amountToFixed} from '../../source/money.js';
import {buildReportContent} from '../../source/reports/report-content.js';
import {reportMessage} from '../../source/reports/report-message.js';
import {type ReportPayload, reportPayload} from '../../source/reports/report-payload.js';
import {parseTemplate, resolveTemplate} from '../../source/reports/report-template.js';
import {chartSvg} from '../../source/reports/render-html.js';
import {sparkline} from '../../source/reports/report-figures.js';
import {demoEngine} from '../insights/demo-engine.js';
import {launchChromium, parseInChromium} from './html-in-chromium.js';

// The demo's first report reads weeks of history with a cold cache: slow on a loaded machine, never a hang.
vi.setConfig({testTimeout: 120_000});

const scope = {source: 'demo'} as const;

async function weeklyReport(today = '2026-11-20' as IsoDate): Promise<ReportPayload> {
	const engine = demoEngine({}, today);
	const content = await buildReportContent(engine, {
		scope,
		label: 'demo',
		template: resolveTemplate('weekly'),
		metric: 'UnblendedCost',
		budgets: [{name: 'Whole bill', monthlyAmount: 1000, scope: {}}],
	});
	return reportPayload(content);
}

describe('report content on the demo', () => {
	it('sums the period and the comparison exactly as a query does, and ranks movers by the size of their change', async () => {
		const engine = demoEngine({}, '2026-11-20' as IsoDate);
		const report = await weeklyReport();
		expect(report.period).toEqual({start: '2026-11-13', end: '2026-11-20'});
		expect(report.comparison).toEqual({start: '2026-11-06', end: '2026-11-13'});
		const total = await engine.run({period: report.period as never, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [], scope});
		expect(report.total).toBe(Number(amountToFixed(total.total, 2)));
		expect(report.daily).toHaveLength(28);
		expect(report.daily.at(-1)!.date).toBe('2026-11-19');
		const sizes = report.movers.map(move => Math.abs(move.change));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(report.movers[0]!.service).toBe('EC2 - Other');
		expect(report.movers[0]!.change).toBeCloseTo(report.movers[0]!.current - report.movers[0]!.previous, 2);
	});

	it('explains the week\'s anomalies and places each budget', async () => {
		const report = await weeklyReport();
		const nat = report.anomalies.find(anomaly => anomaly.group === 'EC2 - Other');
		expect(nat).toMatchObject({dimension: 'SERVICE', direction: 'spike'});
		expect(nat!.start >= '2026-11-13' && nat!.start < '2026-11-20').toBe(true);
		expect(nat!.causes).toContain('USE1-NatGateway-Bytes');
		expect(report.budgets).toEqual([expect.objectContaining({name: 'Whole bill', limit: 1000, state: 'exceeded'})]);
	});

	it('leaves out what the template leaves out, at no query', async () => {
		const engine = demoEngine({}, '2026-11-20' as IsoDate);
		const template = parseTemplate(JSON.stringify({version: 1, title: 'Just the total', range: 'last-month', sections: ['summary'], compare: 'none'}), 'mine.json');
		const content = await buildReportContent(engine, {scope, label: 'demo', template, metric: 'UnblendedCost', budgets: [{name: 'b', monthlyAmount: 5, scope: {}}]});
		expect(content.anomalies).toEqual([]);
		expect(content.budgets).toEqual([]);
		// The one query by service, and nothing for the sections left out.
		const alone = demoEngine({}, '2026-11-20' as IsoDate);
		await alone.run({period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate}, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'SERVICE'}], scope});
		expect(content.billableRequests).toBe(alone.sessionStats.billableRequests);
		const markdown = reportMessage(reportPayload(content)).markdown;
		expect(markdown).toContain('# Just the total: demo');
		expect(markdown).not.toContain('## ');
	});
});

describe('report templates', () => {
	it.each([
		['{"version": 2}', /version: /],
		['{"version": 1, "sections": ["summary", "pie"]}', /sections\.1: /],
		['{"version": 1, "topMovers": 0}', /topMovers: /],
		['{"version": 1, "colour": "red"}', /Unrecognized key.*colour|colour/],
		['{"version": 1, "range": "fortnight"}', /range: .*fortnight/],
		['not json', /is not JSON/],
	])('refuses %s with the path of the problem', (text, message) => {
		expect(() => parseTemplate(text, 't.json')).toThrow(message);
	});

	it('names the built-ins when the template is neither one nor a file', () => {
		expect(() => resolveTemplate('hourly')).toThrow(/neither daily, weekly, monthly nor a readable template file/);
	});

	it('reports days that are over: daily is yesterday against the day before', async () => {
		const report = reportPayload(await buildReportContent(demoEngine({}, '2026-11-20' as IsoDate), {scope, label: 'demo', template: resolveTemplate('daily'), metric: 'UnblendedCost', budgets: []}));
		expect(report.period).toEqual({start: '2026-11-19', end: '2026-11-20'});
		expect(report.comparison).toEqual({start: '2026-11-18', end: '2026-11-19'});
	});
});

describe('rendered reports', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	}, 90_000);
	afterAll(() => browser?.close());

	it('draws a sparkline from low to high', () => {
		expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
		expect(sparkline([5, 5])).toBe('▁▁');
		expect(sparkline([])).toBe('');
	});

	it('writes Markdown with the summary, a sparkline, movers, anomalies with causes and budgets', async () => {
		const {markdown} = reportMessage(await weeklyReport());
		expect(markdown).toMatch(/^# Weekly AWS costs: demo\n/);
		expect(markdown).toMatch(/\*\*\$[\d,.]+ in 2026-11-13 … 2026-11-19 \([+-]\$[\d,.]+, [+-][\d.]+% vs 2026-11-06 … 2026-11-12\)\*\*/);
		expect(markdown).toMatch(/## Daily cost\n\n`[▁▂▃▄▅▆▇█]{28}` 2026-10-23 … 2026-11-19/);
		expect(markdown).toMatch(/## Top movers\n\n- \*\*EC2 - Other\*\*: \$/);
		expect(markdown).toMatch(/- \*\*EC2 - Other\*\* \(service\) spiked on 2026-11-1\d.*Driven by .*USE1-NatGateway-Bytes/);
		expect(markdown).toMatch(/## Budgets\n\n- \*\*Whole bill\*\*: \$[\d,.]+ of \$1,000\.00/);
	});

	it('writes HTML a browser reads with nothing fetched: the chart is an inline SVG bar per day', async () => {
		const report = await weeklyReport();
		const {html} = reportMessage(report);
		const page = await parseInChromium(browser, html);
		try {
			// Run in the page, as text: the test's own types know no DOM.
			const seen = await page.read<{title: string; heading: string; bars: number; firstBar: string; movers: string[]; sections: string[]; external: number}>(`({
				title: document.title,
				heading: document.querySelector('h1')?.textContent,
				bars: document.querySelectorAll('svg rect').length,
				firstBar: document.querySelector('svg rect title')?.textContent,
				movers: [...document.querySelectorAll('tbody tr')].map(row => row.querySelector('td')?.textContent),
				sections: [...document.querySelectorAll('h2')].map(h2 => h2.textContent),
				external: document.querySelectorAll('script, link, img, iframe').length,
			})`);
			expect(seen).toMatchObject({title: 'Weekly AWS costs: demo', heading: 'Weekly AWS costs: demo', bars: 28, external: 0});
			expect(seen.firstBar).toMatch(/^2026-10-23: \$[\d,.]+$/);
			expect(seen.movers[0]).toBe('EC2 - Other');
			expect(seen.sections).toEqual(['Daily cost', 'Top movers', 'Anomalies', 'Budgets']);
			expect(page.requests).toEqual([]);
		} finally {
			await page.close();
		}
	}, 90_000);

	it('escapes names and keeps the SVG well-formed XML', () => {
		const svg = chartSvg([{date: '2026-11-01', amount: 3}, {date: '2026-11-02', amount: 0}], 'USD');
		const parser = new SaxesParser({xmlns: true});
		const elements: string[] = [];
		parser.on('opentag', tag => elements.push(tag.local));
		parser.write(svg).close();
		expect(elements).toEqual(['svg', 'rect', 'title', 'rect', 'title']);
		const html = reportMessage({...reportPayloadStub(), title: '<script>alert(1)</script>'}).html;
		expect(html).not.toContain('<script>alert');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});
});

function reportPayloadStub(): ReportPayload {
	return {
		version: 1, kind: 'aws-cost.report', title: 't', template: 'daily', scope: 's', today: '2026-11-20', metric: 'UnblendedCost', unit: 'USD',
		period: {start: '2026-11-19', end: '2026-11-20'}, comparison: null, total: 1, previousTotal: null, change: null, changePercent: null,
		daily: [], movers: [], anomalies: [], budgets: [], sections: ['summary'], findings: [], notes: [], billableRequests: 0,
	};
}
