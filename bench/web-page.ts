// The web dashboard in Chromium: first contentful paint and the data table
// after navigation from a warm `aws-cost serve --demo`, the frame time while
// scrolling 10,000 rows, and the JS bundle's gzip size.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {launchChromium, startWebServer} from '../test/web/browser.js';

export interface WebBench {
	/** First contentful paint of a one-line page from a data: URL: what this machine's Chromium needs for any paint. */
	readonly baselinePaintMs: number[];
	readonly firstPaintMs: number[];
	readonly tableMs: number[];
	readonly frameMs: number[];
	readonly jsGzipBytes: number;
	readonly cssGzipBytes: number;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const percentile = (values: readonly number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

/** 10,000 groups for one view, in the shape of /api/v1/costs. */
function tenThousandRows(period: {start: string; end: string}): string {
	const rows = Array.from({length: 10_000}, (_, index) => ({start: period.start, end: period.end, keys: [`usage-type-${String(index).padStart(5, '0')}`], amount: 10_000 - index + 0.25, unit: 'USD', estimated: false}));
	return JSON.stringify({query: {}, rows, total: null, units: ['USD'], estimated: false, stats: {billableRequests: 0, cacheHits: 0, pages: 1}});
}

const TABLE_STAMP = `new MutationObserver((_, observer) => {
	if (document.querySelector('[data-testid=total-row]') === null) return;
	window.__tableShown = performance.now();
	observer.disconnect();
}).observe(document, {childList: true, subtree: true});`;

async function loads(browser: Browser, url: string, runs: number): Promise<{firstPaint: number[]; table: number[]}> {
	const firstPaint: number[] = [];
	const table: number[] = [];
	for (let run = 0; run < runs; run++) {
		// A fresh context each time: nothing cached in the browser, only the server is warm.
		const context = await browser.newContext({viewport: {width: 1280, height: 900}});
		const page = await context.newPage();
		// Stamped when React commits the table, not when a poll from outside notices it (a busy page polls late).
		await page.addInitScript(TABLE_STAMP);
		await page.goto(url);
		await page.waitForSelector('[data-testid=total-row]');
		const shown = (await page.evaluate('window.__tableShown')) as number;
		const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
		if (run > 0) {
			firstPaint.push(paint);
			table.push(shown);
		}
		await context.close();
	}
	return {firstPaint, table};
}

/** Scrolls the table by 450 px a frame to its end and resolves to each frame's duration. */
const SCROLL_SCRIPT = `new Promise(resolve => {
	const scroller = document.querySelector('[data-testid=table-rows]');
	const times = [];
	let last = performance.now();
	const step = now => {
		times.push(now - last);
		last = now;
		scroller.scrollTop += 450;
		if (times.length < 240 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) requestAnimationFrame(step);
		else resolve(times.slice(2));
	};
	requestAnimationFrame(step);
})`;

async function baselinePaints(browser: Browser, runs: number): Promise<number[]> {
	const paints: number[] = [];
	for (let run = 0; run < runs; run++) {
		const page = await browser.newPage();
		await page.goto('data:text/html,<p>aws-cost</p>');
		await page.waitForFunction('performance.getEntriesByName("first-contentful-paint").length > 0');
		paints.push((await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0].startTime')) as number);
		await page.close();
	}
	return paints;
}

async function scrollFrames(browser: Browser, url: string): Promise<number[]> {
	const page = await browser.newPage({viewport: {width: 1280, height: 900}});
	await page.route('**/api/v1/costs?**', async route => {
		const parameters = new URL(route.request().url()).searchParams;
		const end = parameters.get('to') ?? '2026-11-25';
		await route.fulfill({contentType: 'application/json', body: tenThousandRows({start: parameters.get('from') ?? end, end})});
	});
	await page.goto(url);
	await page.waitForFunction(() => document.querySelector('[data-testid=total-row]')?.textContent?.includes('/10000'));
	// A string, not a function: tsx's name helpers do not exist in the page.
	const frames = (await page.evaluate(SCROLL_SCRIPT)) as number[];
	await page.close();
	return frames;
}

export async function benchWebPage(): Promise<WebBench> {
	const [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
	try {
		const assets = join(server.webDir, 'assets');
		const gzipOf = (suffix: string) => gzipSync(readFileSync(join(assets, readdirSync(assets).find(name => name.endsWith(suffix))!))).length;
		const baselinePaintMs = await baselinePaints(browser, 5);
		const {firstPaint, table} = await loads(browser, `${server.url}/`, 8);
		const frameMs = await scrollFrames(browser, `${server.url}/`);
		return {baselinePaintMs, firstPaintMs: firstPaint, tableMs: table, frameMs, jsGzipBytes: gzipOf('.js'), cssGzipBytes: gzipOf('.css')};
	} finally {
		await browser.close();
		await server.stop();
	}
}

export function describeWebPage(bench: WebBench): string[] {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	return [
		`baseline: a one-line page's first paint   median ${median(bench.baselinePaintMs).toFixed(0)} ms`,
		`first contentful paint   median ${median(bench.firstPaintMs).toFixed(0)} ms`,
		`data table visible       median ${median(bench.tableMs).toFixed(0)} ms, worst ${Math.max(...bench.tableMs).toFixed(0)} ms after navigation (target ≤ 500 ms)`,
		`scrolling 10,000 rows    frame median ${median(bench.frameMs).toFixed(1)} ms, p95 ${percentile(bench.frameMs, 0.95).toFixed(1)} ms (${bench.frameMs.length} frames)`,
		`bundle                   JS ${kb(bench.jsGzipBytes)} gzip (target ≤ 300 KB), CSS ${kb(bench.cssGzipBytes)} gzip`,
	];
}

// `node --import tsx bench/web-page.ts`: this bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
	for (const line of describeWebPage(await benchWebPage())) console.log(line);
}
