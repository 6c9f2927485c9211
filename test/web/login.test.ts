import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {collectErrors, launchChromium, startWebServer, type WebServer} from './browser.js';

const SECRET = 'web-login-test-secret-0123456789abcdef';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startWebServer([], {AWS_COST_API_TOKENS: `viewer:read+ask:${SECRET}`}), launchChromium()]);
	page = await browser.newPage({viewport: {width: 1280, height: 900}});
	errors = collectErrors(page);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('signing in to the web dashboard', () => {
	it('asks for a token when the API answers 401', async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('input#token');
		expect(await page.locator('label[for=token]').innerText()).toContain('API token');
	}, 90_000);

	it('says clearly when the token is wrong, and keeps asking', async () => {
		await page.locator('input#token').fill('not-the-token');
		await page.keyboard.press('Enter');
		const message = page.locator('[data-testid=login-error]');
		await message.waitFor();
		expect(await message.innerText()).toBe('That token was not accepted (The bearer token is not valid.) Check it and try again.');
		expect(await page.locator('input#token').count()).toBe(1);
	}, 90_000);

	it('shows the dashboard with the right token, kept for this tab only', async () => {
		await page.locator('input#token').fill(SECRET);
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid=total-row]');
		expect(await page.evaluate(() => sessionStorage.getItem('aws-cost-token'))).toBe(SECRET);
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.reload();
		await page.waitForSelector('[data-testid=total-row]');
	}, 90_000);

	it('reports no console errors but the refused requests', () => {
		// A 401 is logged by the browser itself as a failed resource load; nothing else may be.
		expect(errors.filter(error => !/status of 401/.test(error))).toEqual([]);
	});
});
