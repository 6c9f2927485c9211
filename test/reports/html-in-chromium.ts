import {type Browser, chromium} from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The system Chromium (CI installs it); a test that needs it fails without it. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS, timeout: 60_000});
}

/** What a browser makes of an HTML page, and every request it tried (a self-contained page makes none). */
export async function parseInChromium(browser: Browser, html: string): Promise<{requests: string[]; read: <T>(expression: string) => Promise<T>; close: () => Promise<void>}> {
	const context = await browser.newContext({javaScriptEnabled: true});
	const page = await context.newPage();
	const requests: string[] = [];
	await page.route('**/*', route => {
		requests.push(route.request().url());
		return route.abort();
	});
	await page.setContent(html, {waitUntil: 'load', timeout: 60_000});
	return {requests, read: <T>(expression: string) => page.evaluate(expression) as Promise<T>, close: () => context.close()};
}
