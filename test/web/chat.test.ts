import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {collectErrors, launchChromium, startWebServer, type WebServer} from './browser.js';

let server: WebServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startWebServer(['--offline']), launchChromium()]);
	page = await browser.newPage({viewport: {width: 1280, height: 900}});
	errors = collectErrors(page);
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const lastAnswer = () => page.locator('[data-testid=chat-answer]').last();

describe('the chat panel of the web dashboard', () => {
	it('streams the answer from POST /api/v1/ask and puts the view it ran on screen', async () => {
		await page.goto(`${server.url}/`);
		await page.waitForSelector('[data-testid=total-row]');
		await page.keyboard.press('i');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('chat-input');
		await page.keyboard.type('How much did I spend on S3 last month?');
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid=chat-answer][data-status=done]');
		const answer = await lastAnswer().innerText();
		expect(answer).toMatch(/^You spent \$[\d,]+\.\d\d on Amazon Simple Storage Service in October 2026\.$/);
		await page.waitForFunction(() => /Chat: /.test(document.querySelector('[data-testid=breadcrumb]')?.textContent ?? ''));
		expect(await page.locator('[data-testid=period]').innerText()).toBe('2026-10-01 … 2026-10-31');
		await page.waitForSelector('[data-testid=table-rows] [role=row]');
		const total = await page.locator('[data-testid=total-row] [role=gridcell]').nth(1).innerText();
		// The figure the answer names is the table's total: the same query, the same engine.
		expect(answer).toContain(total);
	}, 120_000);

	it('follows up in the same conversation, and Back returns to the view before the chat', async () => {
		await page.locator('[data-testid=chat-input]').fill('and the month before?');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('[data-testid=chat-answer][data-status=done]').length === 2);
		expect(await lastAnswer().innerText()).toContain('September 2026');
		await page.waitForFunction(() => document.querySelector('[data-testid=period]')?.textContent === '2026-09-01 … 2026-09-30');
		await page.locator('[data-testid=header]').click();
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => document.querySelector('[data-testid=period]')?.textContent === '2026-11-01 … 2026-11-25');
	}, 120_000);

	it('reports no console errors', () => {
		expect(errors).toEqual([]);
	});
});
