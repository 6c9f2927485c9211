import {readFile} from 'node:fs/promises';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatAmount, parseAmount, reconcileRounding} from '../../source/money.js';
import {collectErrors, launchChromium, startWebServer, visibleRows, type WebServer} from './browser.js';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startWebServer(), launchChromium()]);
	page = await browser.newPage({viewport: {width: 1280, height: 900}, acceptDownloads: true});
	errors = collectErrors(page);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

interface CostsJson {
	readonly rows: {keys: string[]; amount: number}[];
	readonly total: {exact: string} | null;
}

async function apiCosts(parameters: string): Promise<CostsJson> {
	return (await (await fetch(`${server.url}/api/v1/costs?${parameters}`)).json()) as CostsJson;
}

/** The biggest groups of an answer as the table lists them: names, and cents that add up to the total (largest remainder). */
function topGroups(json: CostsJson, count: number) {
	const cents = reconcileRounding(json.rows.map(row => parseAmount(String(row.amount))));
	return json.rows
		.map((row, index) => ({name: row.keys[0]!, amount: formatAmount(cents[index]!), sortBy: row.amount}))
		.sort((a, b) => b.sortBy - a.sortBy)
		.slice(0, count)
		.map(({name, amount}) => ({name, amount}));
}

describe('the web dashboard overview', () => {
	it('serves the page at / with no-cache, and hashed assets with a year-long immutable cache', async () => {
		const response = await fetch(`${server.url}/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-cache');
		const html = await response.text();
		const script = /src="(\/assets\/app-[A-Z0-9]+\.js)"/.exec(html)?.[1];
		expect(script).toBeDefined();
		const asset = await fetch(`${server.url}${script}`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		// The CSP that guards the API also covers the page: no inline scripts allowed.
		expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
		expect(html).not.toMatch(/<script>(?!<\/script>)/);
	}, 90_000);

	it("opens on the app's default view: this month by service, with the API's total and top rows", async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('[data-testid=total-row]');
		const header = await page.locator('[data-testid=header]').innerText();
		expect(header).toContain('DEMO');
		expect(header).toContain('demo / All accounts');
		expect(header).toContain('2026-11-01 … 2026-11-25');
		expect(header).toContain('DAILY · UnblendedCost');
		expect(header).toContain('estimated');
		const api = await apiCosts('from=2026-11-01&to=2026-11-25&granularity=MONTHLY&groupBy=SERVICE');
		const total = await page.locator('[data-testid=total-row] [role=gridcell]').nth(1).innerText();
		expect(total).toBe(formatAmount(parseAmount(api.total!.exact)));
		const rows = await visibleRows(page);
		expect(rows.slice(0, 5)).toEqual(topGroups(api, 5));
		expect(await page.locator('[role=grid]').getAttribute('aria-label')).toMatch(/^Costs by SERVICE/);
		expect(await page.locator('[data-testid=chart]').getAttribute('aria-label')).toMatch(/top 5 by SERVICE, with the forecast/);
		// The legend names the total, the forecast and the top groups; the band's two edges are one shaded area, not named.
		const legend = await page.locator('[data-testid=chart] .u-legend .u-series:visible').allInnerTexts();
		expect(legend.map(text => text.trim())).toEqual(['Forecast', 'Total', ...topGroups(api, 5).map(row => row.name)]);
		expect(new URL(page.url()).searchParams.get('by')).toBe('SERVICE');
	}, 90_000);

	it('lists the key map with ?, and closes it with Escape', async () => {
		await page.keyboard.press('?');
		const help = page.locator('[data-testid=help]');
		await help.waitFor();
		expect(await help.innerText()).toContain('Drill into the row under the cursor');
		await page.keyboard.press('Escape');
		await help.waitFor({state: 'detached'});
	}, 90_000);

	it('exports the view as the app does: a CSV and a JSON download whose figures are the API’s', async () => {
		const api = await apiCosts('from=2026-11-01&to=2026-11-25&granularity=MONTHLY&groupBy=SERVICE');
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').click()]);
		expect(csvDownload.suggestedFilename()).toBe('aws-cost-view-2026-11-25.csv');
		const csv = await readFile((await csvDownload.path())!, 'utf8');
		const lines = csv.trimEnd().split('\n');
		expect(lines[0]).toBe('# aws-cost view: demo / All accounts');
		expect(lines).toContain('name,key,amount,previous,change,change_percent,share_percent,unit,estimated');
		const dataLines = lines.filter(line => !line.startsWith('#') && !line.startsWith('name,'));
		expect(dataLines).toHaveLength(api.rows.length);
		for (const row of api.rows) {
			const line = dataLines.find(text => text.startsWith(`${row.keys[0]!.includes(',') ? `"${row.keys[0]}"` : row.keys[0]},`));
			expect(line, row.keys[0]).toBeDefined();
			expect(Number(line!.split(',').at(-7))).toBe(row.amount);
		}
		const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-json]').click()]);
		const document = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as {total: {exact: string}; view: {period: unknown}; rows: unknown[]};
		expect(document.total.exact).toBe(api.total!.exact);
		expect(document.view.period).toEqual({start: '2026-11-01', end: '2026-11-26'});
		expect(document.rows).toHaveLength(api.rows.length);
	}, 90_000);

	it('follows the system theme: light, or dark when the system prefers it', async () => {
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({colorScheme: 'light'});
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.emulateMedia({colorScheme: 'dark'});
		expect(await background()).toBe('rgb(18, 22, 28)');
		await page.emulateMedia({colorScheme: 'light'});
	}, 90_000);

	it('reports no console errors', () => {
		expect(errors).toEqual([]);
	}, 90_000);
});
