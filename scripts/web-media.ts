// The web dashboard's screenshots for the README (part of `npm run media`):
// the demo in light and dark, a drill-down and a chat answer, from headless
// Chromium against `aws-cost serve --demo --offline`.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {launchChromium, startWebServer} from '../test/web/browser.js';

const viewport = {width: 1280, height: 1060};

/** Writes media/web-{light,dark,drill-down,chat}.png; resolves to their paths. */
export async function writeWebMedia(directory = 'media'): Promise<string[]> {
	mkdirSync(directory, {recursive: true});
	const [server, browser] = await Promise.all([startWebServer(['--offline']), launchChromium()]);
	const written: string[] = [];
	try {
		const shot = async (page: import('playwright-core').Page, name: string) => {
			// Let the forecast and anomaly markers land and the chart settle.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			const path = join(directory, `web-${name}.png`);
			await page.screenshot({path});
			written.push(path);
		};
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({viewport, colorScheme});
			await page.goto(`${server.url}/`);
			await page.waitForSelector('[data-testid=table-rows] [role=row]');
			await shot(page, colorScheme);
			if (colorScheme === 'light') {
				await page.keyboard.press('Enter');
				await page.waitForFunction(() => /by USAGE_TYPE/.test(document.querySelector('[data-testid=breadcrumb]')?.textContent ?? ''));
				await page.waitForSelector('[data-testid=table-rows] [role=row]');
				await shot(page, 'drill-down');
				await page.keyboard.press('Escape');
				await page.keyboard.press('i');
				await page.keyboard.type('How much did I spend on S3 last month?');
				await page.keyboard.press('Enter');
				await page.waitForSelector('[data-testid=chat-answer][data-status=done]');
				await page.waitForSelector('[data-testid=table-rows] [role=row]');
				await page.locator('.chat').scrollIntoViewIfNeeded();
				await shot(page, 'chat');
			}
			await page.close();
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const path of await writeWebMedia()) console.log(path);
}
