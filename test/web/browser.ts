import {join} from 'node:path';
import {type Browser, chromium, type Page} from 'playwright-core';
import {buildWeb} from '../../scripts/build-web.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {type ServeProcess, startServeProcess} from '../fixtures/serve-process.js';

const repoRoot = new URL('../..', import.meta.url).pathname;

/** The day every web test pins, so the demo's figures never move. */
export const TODAY = '2026-11-25';

/** Debian's chromium, with the flags that keep it off the network and quiet. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		timeout: 60_000,
	});
}

export interface WebServer {
	readonly url: string;
	readonly serve: ServeProcess;
	/** The page's assets, as built for this server. */
	readonly webDir: string;
	stop(): Promise<void>;
}

/** Builds the page into a temp dir and starts `aws-cost serve --demo --today …` serving it on a free port. */
export async function startWebServer(argv: readonly string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<WebServer> {
	const dir = tempDir('aws-cost-web-');
	// Inside the checkout, so esbuild resolves the page's packages from node_modules.
	const webDir = join(repoRoot, '.tmp', `web-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
	await buildWeb(webDir);
	const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config'), AWS_COST_WEB_DIR: webDir, ...extraEnv});
	const serve = await startServeProcess(['--demo', '--today', TODAY, '--log-level', 'silent', ...argv], env, 90_000);
	return {
		url: serve.url,
		serve,
		webDir,
		stop: async () => {
			await serve.stop();
			dir.remove();
			const {rm} = await import('node:fs/promises');
			await rm(webDir, {recursive: true, force: true});
		},
	};
}

/** Every console error and page error a page reports, to assert there are none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', message => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', error => errors.push(error.message));
	return errors;
}

/** The table's listed rows as [name, amount] (the rows rendered in sight). */
export async function visibleRows(page: Page): Promise<{name: string; amount: string}[]> {
	return page.$$eval('[data-testid=table-rows] [role=row]', rows =>
		rows.map(row => {
			const cells = [...row.querySelectorAll('[role=gridcell]')].map(cell => (cell.textContent ?? '').trim());
			return {name: (cells[0] ?? '').replace(/ ~$/, ''), amount: cells[1] ?? ''};
		}),
	);
}
