// `npm run bench`: numbers for the closing notes, as ratios to baselines run in
// this same process (the machines are shared and noisy; absolute times drift).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {benchExploration} from './exploration.js';
import {runExportsBench} from './exports.js';
import {runForecastBacktestBench} from './forecast-backtest.js';
import {medianProcessTime} from './process-timing.js';
import {benchServe, describeServe} from './serve-http.js';
import {benchTeamDay, describeTeamDay} from './team-day.js';
import {benchAppStart, benchEnv, describeAppStart} from './tui-start.js';
import {benchTuiKeypress} from './tui.js';
import {benchWebPage, describeWebPage} from './web-page.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-cost-bench-'));
const env = benchEnv(dir);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const node = process.execPath;
const cli = 'dist/cli.js';

try {
	console.log('aws-cost bench (demo data, today pinned to 2026-11-25)\n');
	const baseline = medianProcessTime(node, ['-e', '0'], env);
	console.log(`baseline: node -e 0                     ${ms(baseline)}`);

	const query = [cli, 'query', '--demo', '--range', 'last-month', '--group-by', 'service', '--format', 'json'];
	const cold = medianProcessTime(node, [...query, '--no-cache'], env);
	console.log(`query, cold (no cache)                  ${ms(cold)}  (${(cold / baseline).toFixed(1)}× node -e 0)`);
	const warm = medianProcessTime(node, query, env);
	console.log(`query, warm (cached)                    ${ms(warm)}  (${(warm / baseline).toFixed(1)}× node -e 0)`);

	const million = spawnSync(node, ['--import', 'tsx', 'bench/million-rows.ts'], {env, encoding: 'utf8'});
	if (million.status !== 0) throw new Error(million.stderr);
	const aggregate = JSON.parse(million.stdout) as {rows: number; groups: number; elapsedMs: number; peakRssMb: number};
	console.log(
		`aggregate ${aggregate.rows.toLocaleString('en-US')} rows → ${aggregate.groups} groups: ${ms(aggregate.elapsedMs)}, peak RSS ${aggregate.peakRssMb.toFixed(0)} MB (target < 256 MB)`,
	);

	const exploration = await benchExploration();
	console.log(
		`${exploration.queries}-query exploration: ${exploration.withoutCache} billable requests without cache, ${exploration.withCache} with (${(exploration.withoutCache - exploration.withCache) / 100} USD saved)`,
	);

	console.log('\nteam day: the cache tiers shared through Redis (in process, demo data answering like Cost Explorer)');
	for (const line of describeTeamDay(await benchTeamDay())) console.log(`  ${line}`);

	const size = {columns: 140, rows: 40};
	const start = benchAppStart({app: [node, cli, '--demo']}, size, env);
	console.log(`baseline: node -e 0 in the same pty       ${ms(start.baseline.median)}`);
	for (const line of describeAppStart(start.apps['app']!, start.baseline, size)) console.log(line);

	const keypress = await benchTuiKeypress();
	console.log(`keypress → next frame, 5,000 rows (in process)   median ${keypress.medianMs.toFixed(1)} ms, p95 ${keypress.p95Ms.toFixed(1)} ms (target p95 ≤ 25 ms)`);

	console.log('\naws-cost serve --demo under load (autocannon; the machine is shared, so read the ratios)');
	for (const line of describeServe(await benchServe(env))) console.log(`  ${line}`);

	console.log('\nweb dashboard in Chromium (aws-cost serve --demo, warm server, fresh browser cache each load)');
	for (const line of describeWebPage(await benchWebPage())) console.log(`  ${line}`);

	console.log('\nforecast backtest (rolling origin, demo data)');
	await runForecastBacktestBench({log: line => console.log(`  ${line}`)});

	console.log('\nbilling exports through DuckDB (--source parquet:; the first run writes the files)');
	await runExportsBench(process.env, line => console.log(`  ${line}`));
} finally {
	rmSync(dir, {recursive: true, force: true});
}
