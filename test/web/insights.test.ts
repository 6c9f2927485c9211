import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatAmount, parseAmount} from '../../source/money.js';
import {collectErrors, launchChromium, startWebServer, type WebServer} from './browser.js';

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

const totalShown = () => page.locator('[data-testid=total-row] [role=gridcell]').nth(1).innerText();

async function apiTotal(parameters: string): Promise<string> {
	const json = (await (await fetch(`${server.url}/api/v1/costs?${parameters}`)).json()) as {total: {exact: string}};
	return formatAmount(parseAmount(json.total.exact));
}

describe('accounts, anomalies, budgets and savings in the web dashboard', () => {
	it('switches account: the header names it and the figures are that account’s', async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('[data-testid=total-row]');
		const all = await totalShown();
		expect(all).toBe(await apiTotal('from=2026-11-01&to=2026-11-25'));
		await page.locator('[data-testid=account]').selectOption('318274650193');
		await page.waitForFunction(() => document.querySelector('[data-testid=scope]')?.textContent === 'demo / Production (318274650193)');
		await page.waitForFunction(previous => document.querySelectorAll('[data-testid=total-row] [role=gridcell]')[1]?.textContent !== previous, all);
		expect(await totalShown()).toBe(await apiTotal('from=2026-11-01&to=2026-11-25&account=318274650193'));
		expect(new URL(page.url()).searchParams.get('account')).toBe('318274650193');
		await page.locator('[data-testid=account]').selectOption('');
		await page.waitForFunction(() => document.querySelector('[data-testid=scope]')?.textContent === 'demo / All accounts');
	}, 90_000);

	it('lists the anomalies with their causes (A), and a click opens the cause view', async () => {
		await page.locator('[data-testid=header]').click();
		await page.keyboard.press('A');
		const list = page.locator('[data-testid=anomalies]');
		await list.waitFor({timeout: 60_000});
		const first = await list.locator('tbody tr').first().innerText();
		expect(first).toContain('EC2 - Other');
		expect(first).toContain('USE1-NatGateway-Bytes');
		await list.locator('tbody tr button').first().click();
		await page.waitForFunction(() => /Anomaly: .* › SERVICE: EC2 - Other by USAGE_TYPE/.test(document.querySelector('[data-testid=breadcrumb]')?.textContent ?? ''));
		await page.waitForSelector('[data-testid=table-rows] [role=row]');
		expect(await page.locator('[data-testid=period]').innerText()).toBe('2026-11-17 … 2026-11-18');
		const top = await page.locator('[data-testid=table-rows] [role=row]').first().innerText();
		expect(top).toContain('USE1-NatGateway-Bytes');
		// Back goes up to the anomaly's days by service, then to the view the person had, as in the app.
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => /Anomaly: .* by SERVICE$/.test(document.querySelector('[data-testid=breadcrumb]')?.textContent ?? ''));
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => document.querySelector('[data-testid=period]')?.textContent === '2026-11-01 … 2026-11-25');
	}, 120_000);

	it('shows the budgets and the savings recommendations of the API', async () => {
		await page.locator('[data-testid=tab-budgets]').click();
		await page.waitForSelector('text=Nothing to show.');
		await page.locator('[data-testid=tab-savings]').click();
		const savings = page.locator('[data-testid=savings]');
		await savings.waitFor();
		const json = (await (await fetch(`${server.url}/api/v1/savings`)).json()) as {recommendations: {title: string}[]};
		expect(await savings.locator('tbody tr').count()).toBe(json.recommendations.length);
		expect(await savings.innerText()).toContain(json.recommendations[0]!.title);
	}, 90_000);

	it('reports no console errors', () => {
		expect(errors).toEqual([]);
	});
});
