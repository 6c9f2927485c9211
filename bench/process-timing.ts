import {spawnSync} from 'node:child_process';

/** Wall time of one process run, from spawn to exit, in ms. */
export function timeProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv): number {
	const started = performance.now();
	const run = spawnSync(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
	const elapsed = performance.now() - started;
	if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr.toString().trim()}`);
	return elapsed;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Median wall time over `runs` runs after one unmeasured warm-up. */
export function medianProcessTime(command: string, args: readonly string[], env: NodeJS.ProcessEnv, runs = 9): number {
	timeProcess(command, args, env);
	return median(Array.from({length: runs}, () => timeProcess(command, args, env)));
}
