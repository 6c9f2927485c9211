import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process';
import {once} from 'node:events';
import {readFileSync} from 'node:fs';
import autocannon from 'autocannon';
import {median} from './process-timing.js';

/** One load run against one URL. */
export interface LoadFigures {
	readonly requestsPerSecond: number;
	readonly p50Ms: number;
	readonly p99Ms: number;
	/** Connection errors, timeouts and non-2xx answers. */
	readonly errors: number;
}

export interface ServedTarget {
	readonly runs: readonly LoadFigures[];
	/** The server process's peak resident set (VmHWM), MB. */
	readonly peakRssMb: number;
}

export interface ServeBench {
	readonly costs: ServedTarget;
	readonly hello: ServedTarget;
	readonly path: string;
	readonly connections: number;
	readonly seconds: number;
}

interface Running {
	readonly url: string;
	readonly child: ChildProcessWithoutNullStreams;
}

/** Starts a server process and waits for its "serving … on URL" line. */
async function startServer(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Running> {
	const child = spawn(process.execPath, args, {env, stdio: ['pipe', 'pipe', 'pipe']});
	let output = '';
	const url = await new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /serving .*?on (http:\/\/[^\s,]+)/.exec(output);
			if (match) resolve(match[1]!);
		});
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', code => reject(new Error(`${args.join(' ')} exited ${code}: ${output}`)));
	});
	return {url, child};
}

async function stopServer({child}: Running): Promise<void> {
	if (child.exitCode !== null) return;
	child.kill('SIGTERM');
	await once(child, 'exit');
}

/** VmHWM of a process, MB: the most it was ever resident. */
function peakRssMb(pid: number): number {
	const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	return kb === undefined ? Number.NaN : Number(kb) / 1024;
}

async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
	const result = await autocannon({url, connections, duration: seconds});
	return {
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx,
	};
}

/**
 * `serve --demo` (built) under autocannon on a cached `/api/v1/costs`, and a
 * bare Fastify "hello" in its own process under the same load in the same
 * run, alternating, `runs` times each.
 */
export async function benchServe(env: NodeJS.ProcessEnv, options: {readonly runs?: number; readonly seconds?: number; readonly connections?: number} = {}): Promise<ServeBench> {
	const runs = options.runs ?? 3;
	const seconds = options.seconds ?? 10;
	const connections = options.connections ?? 50;
	const path = '/api/v1/costs?range=last-month&groupBy=SERVICE';
	const served = await startServer(['dist/cli.js', 'serve', '--demo', '--port', '0', '--rate-limit', '0', '--log-level', 'warn'], env);
	const hello = await startServer(['bench/hello-server.mjs'], env);
	try {
		const warm = await fetch(`${served.url}${path}`);
		if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}: ${await warm.text()}`);
		await load(`${served.url}${path}`, 10, 1);
		await load(`${hello.url}/hello`, 10, 1);
		const costRuns: LoadFigures[] = [];
		const helloRuns: LoadFigures[] = [];
		for (let run = 0; run < runs; run++) {
			helloRuns.push(await load(`${hello.url}/hello`, connections, seconds));
			costRuns.push(await load(`${served.url}${path}`, connections, seconds));
		}
		return {
			costs: {runs: costRuns, peakRssMb: peakRssMb(served.child.pid!)},
			hello: {runs: helloRuns, peakRssMb: peakRssMb(hello.child.pid!)},
			path,
			connections,
			seconds,
		};
	} finally {
		await Promise.all([stopServer(served), stopServer(hello)]);
	}
}

const summary = (runs: readonly LoadFigures[], pick: (figures: LoadFigures) => number) => {
	const values = runs.map(pick);
	return {min: Math.min(...values), median: median(values), max: Math.max(...values)};
};

/** The bench's lines: each target's min/median figures, and the served route as a ratio of the baseline. */
export function describeServe(bench: ServeBench): string[] {
	const line = (name: string, target: ServedTarget): string => {
		const rps = summary(target.runs, figures => figures.requestsPerSecond);
		const p50 = summary(target.runs, figures => figures.p50Ms);
		const p99 = summary(target.runs, figures => figures.p99Ms);
		const errors = target.runs.reduce((sum, figures) => sum + figures.errors, 0);
		return `${name.padEnd(22)} ${rps.median.toFixed(0).padStart(6)} req/s (min ${rps.min.toFixed(0)}), p50 ${p50.median} ms, p99 ${p99.median} ms (max ${p99.max}), ${errors} errors, peak RSS ${target.peakRssMb.toFixed(0)} MB`;
	};
	// Each run's ratio to the baseline run just before it: load from other agents drifts, a pair shares it.
	const paired = (pick: (figures: LoadFigures) => number) =>
		median(bench.costs.runs.map((figures, index) => pick(figures) / Math.max(pick(bench.hello.runs[index]!), 1)));
	return [
		`${bench.connections} connections × ${bench.seconds} s, ${bench.costs.runs.length} runs each (median; min), alternating, same run:`,
		line('baseline: fastify hello', bench.hello),
		line(`cached ${bench.path.split('?')[0]}`, bench.costs),
		`  ${bench.path}: ${paired(figures => figures.requestsPerSecond).toFixed(2)}× the baseline's req/s, ${paired(figures => figures.p99Ms).toFixed(1)}× its p99 (median of paired runs; target ≥ 3,000 req/s, p99 ≤ 50 ms, 0 errors, RSS < 200 MB)`,
	];
}
