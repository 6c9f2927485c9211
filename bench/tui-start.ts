// The app as a person meets it: started in a real pseudo-terminal of a given size
// (stdin, stdout and stderr all the terminal), timed by bench/pty-timing.py from
// the fork, so neither Python's nor this process's start-up is counted.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {median, percentile} from './process-timing.js';

export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

export interface PtyRun {
	/** ms to the first visible character on screen. */
	readonly first: number | null;
	/** ms to the data frame (the marker on screen). */
	readonly marker: number | null;
	/** ms to exit, for commands that end by themselves. */
	readonly exit: number | null;
	/** ms from each key written to the next output. */
	readonly keys: readonly number[];
	readonly error?: string;
}

/** The data frame: the demo's largest service in the table, by its long or short name. */
export const DATA_FRAME_MARKER = String.raw`Elastic Compute Cloud|\bEC2\b`;

const helper = new URL('./pty-timing.py', import.meta.url).pathname;

export function runInPty(
	command: readonly string[],
	size: TerminalSize,
	env: NodeJS.ProcessEnv,
	spec: {readonly marker?: string; readonly keys?: readonly string[]; readonly linger_ms?: number} = {},
): PtyRun {
	const run = spawnSync('python3', [helper, String(size.columns), String(size.rows), JSON.stringify(spec), '--', ...command], {
		env: {...env, TERM: 'xterm-256color'},
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`pty-timing.py failed: ${run.stderr.trim()}`);
	const result = JSON.parse(run.stdout) as PtyRun;
	if (result.error !== undefined) throw new Error(`${command.join(' ')}: ${result.error}`);
	return result;
}

export interface Spread {
	readonly min: number;
	readonly median: number;
	readonly runs: number;
}

const spread = (values: readonly number[]): Spread => ({min: Math.min(...values), median: median(values), runs: values.length});

export interface StartTimings {
	readonly warm: {readonly first: Spread; readonly data: Spread};
	/** A fresh, empty cache directory for every run. */
	readonly cold: {readonly first: Spread; readonly data: Spread};
	/** Keys in the warm app once its data frame is up: j and k, one at a time. */
	readonly keypress: {readonly median: number; readonly p95: number; readonly samples: number};
}

/**
 * Start-up of each command (the demo app, e.g. two builds to compare) in a
 * `size` terminal, `runs` times: warm cache (after one unmeasured run), an
 * empty cache, and keypresses; beside `node -e 0` in the same terminal. The
 * runs interleave, so a machine that grows busier mid-way shifts all alike.
 */
export function benchAppStart(
	commands: Readonly<Record<string, readonly string[]>>,
	size: TerminalSize,
	env: NodeJS.ProcessEnv,
	runs = 9,
	keysPerRun = 10,
): {baseline: Spread; apps: Record<string, StartTimings>} {
	const scratch = mkdtempSync(join(tmpdir(), 'aws-cost-start-'));
	try {
		const data = {marker: DATA_FRAME_MARKER};
		const keySequence = Array.from({length: keysPerRun}, (_, index) => (index % 2 === 0 ? 'j' : 'k'));
		const labels = Object.keys(commands);
		const warmEnv = (label: number) => ({...env, AWS_COST_CACHE_DIR: join(scratch, `warm-${label}`)});
		// The warm-up stays up a while after its data frame: its cache writes land before it is stopped.
		labels.forEach((label, index) => runInPty(commands[label]!, size, warmEnv(index), {...data, linger_ms: 3000}));
		const baseline: number[] = [];
		const samples = labels.map(() => ({warm: [] as PtyRun[], cold: [] as PtyRun[], keys: [] as number[]}));
		for (let run = 0; run < runs; run++) {
			baseline.push(runInPty([process.execPath, '-e', '0'], size, env).exit!);
			labels.forEach((label, index) => {
				const command = commands[label]!;
				const of = samples[index]!;
				of.warm.push(runInPty(command, size, warmEnv(index), data));
				of.cold.push(runInPty(command, size, {...env, AWS_COST_CACHE_DIR: join(scratch, `cold-${index}-${run}`)}, data));
				of.keys.push(...runInPty(command, size, warmEnv(index), {...data, keys: keySequence}).keys);
			});
		}
		const of = (results: readonly PtyRun[], field: 'first' | 'marker') => spread(results.map(result => result[field]!));
		const apps: Record<string, StartTimings> = {};
		labels.forEach((label, index) => {
			const {warm, cold, keys} = samples[index]!;
			apps[label] = {
				warm: {first: of(warm, 'first'), data: of(warm, 'marker')},
				cold: {first: of(cold, 'first'), data: of(cold, 'marker')},
				keypress: {median: median(keys), p95: percentile(keys, 95), samples: keys.length},
			};
		});
		return {baseline: spread(baseline), apps};
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}

/** Lines for one app's timings, as ratios to the baseline's median. */
export function describeAppStart(timings: StartTimings, baseline: Spread, size: TerminalSize): string[] {
	const ms = (value: number) => `${value.toFixed(0)} ms`;
	const row = (name: string, value: Spread, target: number) =>
		`${name.padEnd(40)}median ${ms(value.median).padStart(7)}  min ${ms(value.min).padStart(7)}  (${(value.median / baseline.median).toFixed(1)}× node -e 0; target ${target} ms)`;
	return [
		`app in a ${size.columns}×${size.rows} pty, ${timings.warm.first.runs} runs each`,
		row('  first visible frame, warm cache', timings.warm.first, 100),
		row('  data frame, warm cache', timings.warm.data, 300),
		row('  first visible frame, empty cache', timings.cold.first, 100),
		row('  data frame, empty cache', timings.cold.data, 450),
		`  keypress → frame (j/k, demo data)      median ${timings.keypress.median.toFixed(1)} ms, p95 ${timings.keypress.p95.toFixed(1)} ms over ${timings.keypress.samples} keys`,
	];
}

// `npx tsx bench/tui-start.ts [label=path/to/cli.js …]`: compare builds (default dist/cli.js) in one run.
if (import.meta.url === `file://${process.argv[1]}`) {
	const size = {columns: 140, rows: 40};
	const pairs = process.argv.slice(2).map(argument => argument.split('=') as [string, string]);
	const builds = pairs.length === 0 ? [['dist', 'dist/cli.js'] as [string, string]] : pairs;
	const home = mkdtempSync(join(tmpdir(), 'aws-cost-bench-'));
	try {
		const env = benchEnv(home);
		const runs = Number(process.env['BENCH_RUNS'] ?? 9);
		const {baseline, apps} = benchAppStart(Object.fromEntries(builds.map(([label, cli]) => [label, [process.execPath, cli, '--demo']])), size, env, runs);
		console.log(`baseline: node -e 0 in the pty            median ${baseline.median.toFixed(0)} ms, min ${baseline.min.toFixed(0)} ms`);
		for (const [label, timings] of Object.entries(apps)) console.log([`\n${label}:`, ...describeAppStart(timings, baseline, size)].join('\n'));
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}

/** A home of its own: no settings, no credentials, today pinned. */
export function benchEnv(home: string): NodeJS.ProcessEnv {
	return {
		...process.env,
		HOME: home,
		AWS_COST_CACHE_DIR: join(home, 'cache'),
		XDG_STATE_HOME: join(home, 'state'),
		XDG_CONFIG_HOME: join(home, 'config'),
		AWS_CONFIG_FILE: join(home, 'aws-config'),
		AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
		AWS_COST_TODAY: '2026-11-25',
		AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
	};
}
