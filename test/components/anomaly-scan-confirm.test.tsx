import {afterEach, expect, test} from 'vitest';
import {App} from '../../components/app.js';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {DEFAULT_SETTINGS} from '../../source/settings.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {keys, type Rendered, renderWithProviders} from '../render.js';

const today = '2026-11-25' as IsoDate;
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

/** The demo organization behind a billed scope: every page counts as a live request. */
function renderBilledApp(): {rendered: Rendered; engine: CostEngine} {
	const engine = new CostEngine({source: {...createDemoSource({today}), kind: 'aws'}, today});
	const app = renderWithProviders(
		<App engineFor={async () => engine} initialScope={{source: 'aws'}} today={today} settings={DEFAULT_SETTINGS} exportDirectory={process.cwd()} />,
		{columns: 160, rows: 44},
	);
	return {rendered: app, engine};
}

test('A on a billed scope says what the scan will cost and spends only a one-page sample until Enter; then it lists the anomalies and what they cost', async () => {
	const app = renderBilledApp();
	rendered = app.rendered;
	await rendered.waitFor('Up to date', 15_000);
	// The markers' query (by service over the history) is in before the estimate can use it.
	await rendered.waitFor(frame => frame.includes('▲'), 8_000);
	const before = app.engine.sessionStats.billableRequests;
	rendered.press('A');
	const asking = await rendered.waitFor(frame => frame.includes('requests to find anomalies'), 8_000);
	const text = asking.replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');
	expect(text).toMatch(/about \d+ requests to find anomalies in 80 days, plus 1 or more for each of up to 10 root causes: at least \d+ requests \(\$0\.\d\d\)\. Enter runs it · Esc closes\./);
	await new Promise(resolve => setTimeout(resolve, 300));
	// Only the one-page sample the estimate comes from (the detection query itself is 19 pages here).
	expect(app.engine.sessionStats.billableRequests - before).toBe(1);
	expect(text).toContain('about 19 requests to find anomalies');

	rendered.press(keys.enter);
	const listed = await rendered.waitFor(frame => frame.includes('EC2 - Other (service)') && frame.includes('billable Cost Explorer requests'), 15_000);
	const spent = app.engine.sessionStats.billableRequests - before - 1;
	expect(spent).toBeGreaterThan(10);
	expect(listed).toContain(`${spent} billable Cost Explorer requests`);
}, 40_000);

test('Esc at the question spends nothing beyond the one-page sample', async () => {
	const app = renderBilledApp();
	rendered = app.rendered;
	await rendered.waitFor('Up to date', 15_000);
	await rendered.waitFor(frame => frame.includes('▲'), 8_000);
	const before = app.engine.sessionStats.billableRequests;
	rendered.press('A');
	await rendered.waitFor(frame => frame.includes('This scan is billed'), 8_000);
	rendered.press(keys.escape);
	await rendered.waitFor(frame => !frame.includes('This scan is billed'));
	await new Promise(resolve => setTimeout(resolve, 300));
	expect(app.engine.sessionStats.billableRequests - before).toBe(1);
}, 40_000);
