import {spawn, spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, startCostExplorerServer} from './fixtures/cost-explorer-server.js';
import {type CliRun, isolatedEnv, tempDir} from './fixtures/run-cli.js';

const repoRoot = new URL('..', import.meta.url).pathname;
const dir = tempDir('aws-cost-bundle-');
// Inside the checkout, so the bundle finds its external packages in node_modules as dist/ does.
const outdir = join(repoRoot, '.tmp', `bundle-${process.pid}`);

/** Runs the bundled command, as `npm install -g` users get it. */
function runBundle(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(outdir, 'cli.js'), ...argv], {cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.once('error', reject);
		child.once('close', code => resolve({code: code ?? 1, stdout, stderr}));
	});
}

/**
 * Runs the bundled app in a real pseudo-terminal of the given size (util-linux
 * `script`), waits for its demo data on screen, then presses q.
 */
function runBundleInTerminal(argv: readonly string[], env: NodeJS.ProcessEnv, size: {columns: number; rows: number}): Promise<{code: number; output: string}> {
	const command = `stty cols ${size.columns} rows ${size.rows}; exec ${[process.execPath, join(outdir, 'cli.js'), ...argv].join(' ')}`;
	return new Promise((resolve, reject) => {
		const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: repoRoot, env: {...env, TERM: 'xterm-256color'}, stdio: ['pipe', 'pipe', 'pipe']});
		let output = '';
		let quitting = false;
		child.stdout.on('data', chunk => {
			output += chunk;
			// The view's figures are in: its largest service (by its long or short name) is on screen.
			if (!quitting && /Elastic Compute Cloud|\bEC2\b/.test(stripVTControlCharacters(output))) {
				quitting = true;
				child.stdin.write('q');
			}
		});
		child.once('error', reject);
		child.once('close', code => resolve({code: code ?? 1, output}));
	});
}

describe('the bundled dist/cli.js', () => {
	let server: CostExplorerServer;
	beforeAll(async () => {
		const build = spawnSync(process.execPath, ['scripts/build.js'], {cwd: repoRoot, env: {...process.env, AWS_COST_BUILD_OUTDIR: outdir}, encoding: 'utf8'});
		expect(build.stderr).toBe('');
		expect(build.status).toBe(0);
		server = await startCostExplorerServer();
	}, 120_000);
	afterAll(async () => {
		await server?.close();
		dir.remove();
		rmSync(outdir, {recursive: true, force: true});
	});

	it('answers a demo query with the documented JSON', async () => {
		const run = await runBundle(['query', '--demo', '--range', 'last-month', '--group-by', 'service', '--format', 'json'], isolatedEnv(dir.path));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout);
		expect(json.query.period).toEqual({start: '2026-10-01', end: '2026-11-01'});
		expect(json.rows.length).toBeGreaterThanOrEqual(25);
	});

	it('reaches Cost Explorer through the bundled SDK and maps its errors to one line', async () => {
		server.script('GetCostAndUsage', {json: {ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {UnblendedCost: {Amount: '12.3456789', Unit: 'USD'}}, Groups: [], Estimated: false}], DimensionValueAttributes: []}});
		server.script('GetCostAndUsage', {error: 'AccessDeniedException', message: 'not authorized to perform: ce:GetCostAndUsage'});
		const env = isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'secret', AWS_ENDPOINT_URL: server.endpoint});
		const ok = await runBundle(['query', '--format', 'json', '--no-cache'], env);
		expect(ok.stderr).toBe('');
		expect(JSON.parse(ok.stdout).total.exact).toBe('12.3456789');
		const denied = await runBundle(['query', '--format', 'json', '--no-cache'], env);
		expect(denied.code).toBe(1);
		expect(denied.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(denied.stderr).toMatch(/ce:GetCostAndUsage/);
	});

	it('answers offline questions and forecasts from the bundle', async () => {
		const ask = await runBundle(['ask', '--demo', '--offline', '--json', 'top 5 services last month'], isolatedEnv(dir.path));
		expect(ask.code).toBe(0);
		expect(JSON.parse(ask.stdout)).toMatchObject({provider: 'offline'});
		const forecast = await runBundle(['forecast', '--demo', '--format', 'json'], isolatedEnv(dir.path));
		expect(forecast.code).toBe(0);
		expect(JSON.parse(forecast.stdout).monthEnd.text).toMatch(/^MTD \$[\d,.]+ → projected \$[\d,.]+ \(±\$[\d,.]+\)/);
	});

	it('serves MCP over stdio from the bundle: initialize, then a tool call answered like `query`', async () => {
		const lines = [
			{jsonrpc: '2.0', id: 1, method: 'initialize', params: {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 'bundle-test', version: '1'}}},
			{jsonrpc: '2.0', method: 'notifications/initialized'},
			{jsonrpc: '2.0', id: 2, method: 'tools/call', params: {name: 'query_costs', arguments: {range: 'last-month'}}},
		];
		const child = spawn(process.execPath, [join(outdir, 'cli.js'), 'mcp', '--demo'], {cwd: repoRoot, env: isolatedEnv(dir.path), stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.stdin.end(lines.map(line => `${JSON.stringify(line)}\n`).join(''));
		const code = await new Promise(resolve => child.once('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const answers = stdout.trimEnd().split('\n').map(line => JSON.parse(line) as {id: number; result: Record<string, unknown>});
		expect(answers.find(answer => answer.id === 1)?.result).toMatchObject({serverInfo: {name: 'aws-cost'}});
		const query = await runBundle(['query', '--demo', '--range', 'last-month', '--format', 'json'], isolatedEnv(dir.path));
		expect(answers.find(answer => answer.id === 2)?.result['structuredContent']).toMatchObject({total: JSON.parse(query.stdout).total});
	}, 60_000);

	it('runs on the Node line CI asked for', () => {
		// .ci/run sets this when it runs these tests again under Node 22 and 24.
		const expected = process.env['AWS_COST_EXPECT_NODE'];
		if (expected !== undefined) expect(process.version).toMatch(new RegExp(`^v${expected}\\.`));
		expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
	});

	it('in a terminal, paints the start-up frame, then the demo, and gives the terminal back on q', async () => {
		const screen = await runBundleInTerminal(['--demo'], isolatedEnv(dir.path), {columns: 100, rows: 30});
		expect(screen.code).toBe(0);
		const text = stripVTControlCharacters(screen.output);
		// The start-up frame's header, written before the app's modules load, then the app's own.
		const startup = text.indexOf('DEMO  aws-cost');
		expect(startup).toBeGreaterThan(-1);
		expect(text.indexOf('Loading…', startup)).toBeGreaterThan(startup);
		expect(text.indexOf('UnblendedCost', startup)).toBeGreaterThan(startup);
		expect(screen.output.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(screen.output.lastIndexOf('\u001B[?1049h'));
	}, 60_000);

	it('refuses the full-screen app off a terminal, and prints its version', async () => {
		const app = await runBundle(['--demo'], isolatedEnv(dir.path));
		expect(app.code).toBe(2);
		expect(app.stderr).toMatch(/needs a terminal/);
		expect((await runBundle(['--version'], isolatedEnv(dir.path))).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});
