import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {collectErrors, launchChromium, startWebServer, visibleRows, type WebServer} from './browser.js';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startWebServer(), launchChromium()]);
	page = await browser.newPage({viewport: {width: 1280, height: 900}});
	errors = collectErrors(page);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const breadcrumb = () => page.locator('[data-testid=breadcrumb]').innerText();
const parameter = (name: string) => new URL(page.url()).searchParams.get(name);

/** Waits until the breadcrumb reads `text` and the table lists rows again. */
async function settled(text: RegExp): Promise<void> {
	await page.waitForFunction(pattern => new RegExp(pattern).test(document.querySelector('[data-testid=breadcrumb]')?.textContent ?? ''), text.source);
	await page.waitForSelector('[data-testid=table-rows] [role=row]');
}

async function apiTop(parameters: string): Promise<string> {
	const json = (await (await fetch(`${server.url}/api/v1/costs?${parameters}`)).json()) as {rows: {keys: string[]; amount: number}[]};
	return [...json.rows].sort((a, b) => b.amount - a.amount)[0]!.keys[0]!;
}

describe('drilling down in the web dashboard', () => {
	it('drills two levels with Enter (the default path) and backs up with Backspace and Escape', async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('[data-testid=table-rows] [role=row]');
		const service = (await visibleRows(page))[0]!.name;
		await page.keyboard.press('Enter');
		await settled(/SERVICE: .* by USAGE_TYPE/);
		expect(await breadcrumb()).toContain(`SERVICE: ${service}`);
		const usageType = await apiTop(`from=2026-11-01&to=2026-11-25&groupBy=USAGE_TYPE&filter=${encodeURIComponent(`SERVICE=${service}`)}`);
		expect((await visibleRows(page))[0]!.name).toBe(usageType);
		await page.keyboard.press('Enter');
		await settled(/USAGE_TYPE: .* by REGION/);
		expect(JSON.parse(parameter('path')!)).toEqual([
			['SERVICE', service],
			['USAGE_TYPE', usageType],
		]);
		await page.keyboard.press('Backspace');
		await settled(/by USAGE_TYPE/);
		await page.keyboard.press('Escape');
		await settled(/^All by SERVICE/);
		expect(parameter('path')).toBeNull();
	}, 90_000);

	it('moves the cursor with j and drills into that row; the breadcrumb and the browser Back go up', async () => {
		await page.keyboard.press('j');
		const second = (await visibleRows(page))[1]!.name;
		await page.waitForSelector('#row-1[aria-selected=true]');
		await page.keyboard.press('l');
		await settled(new RegExp(`SERVICE: ${second.replace(/[()]/g, '.')}`));
		await page.goBack();
		await settled(/^All by SERVICE/);
	}, 90_000);

	it('drills two levels by clicking rows and comes back by clicking the breadcrumb', async () => {
		const rows = page.locator('[data-testid=table-rows] [role=row]');
		const service = (await visibleRows(page))[2]!.name;
		await rows.nth(2).click();
		await settled(/by USAGE_TYPE/);
		expect(await breadcrumb()).toContain(`SERVICE: ${service}`);
		await rows.nth(0).click();
		await settled(/by REGION/);
		await page.locator('[data-testid=breadcrumb] button', {hasText: 'SERVICE:'}).click();
		await settled(/by USAGE_TYPE$/);
		await page.locator('[data-testid=breadcrumb] button', {hasText: 'All'}).click();
		await settled(/^All by SERVICE/);
	}, 90_000);

	it('a link reproduces the view: the same drill-down, period, filter and sort in a new tab', async () => {
		await page.keyboard.press('2');
		await page.waitForFunction(() => document.querySelector('[data-testid=period]')?.textContent === '2026-10-01 … 2026-10-31');
		await page.locator('[data-testid=table-rows] [role=row]').first().click();
		await settled(/by USAGE_TYPE/);
		await page.locator('[data-testid=filter]').fill('Box');
		await page.locator('[role=columnheader] button', {hasText: 'Change %'}).click();
		await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-changeRatio');
		const link = page.url();
		const names = (await visibleRows(page)).map(row => row.name);
		const other = await browser.newPage({viewport: {width: 1280, height: 900}});
		const otherErrors = collectErrors(other);
		await other.goto(link);
		await other.waitForSelector('[data-testid=table-rows] [role=row]');
		expect(await other.locator('[data-testid=breadcrumb]').innerText()).toBe(await breadcrumb());
		expect(await other.locator('[data-testid=period]').innerText()).toBe('2026-10-01 … 2026-10-31');
		expect((await visibleRows(other)).map(row => row.name)).toEqual(names);
		expect(names.every(name => name.includes('Box'))).toBe(true);
		expect(otherErrors).toEqual([]);
		await other.close();
	}, 90_000);

	it('groups by a tag from the group-by list and drills into a tag value', async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('[data-testid=table-rows] [role=row]');
		await page.locator('[data-testid=group-by]').focus();
		await page.waitForSelector('[data-testid=group-by] option[value="TAG:team"]', {state: 'attached'});
		await page.locator('[data-testid=group-by]').selectOption('TAG:team');
		await settled(/by TAG:team/);
		const rows = await visibleRows(page);
		expect(rows.map(row => row.name)).toContain('(untagged)');
		const tagged = rows.findIndex(row => row.name !== '(untagged)');
		await page.locator('[data-testid=table-rows] [role=row]').nth(tagged).click();
		await settled(/TAG:team: .* by SERVICE/);
	}, 90_000);

	it('reports no console errors', () => {
		expect(errors).toEqual([]);
	}, 90_000);
});
