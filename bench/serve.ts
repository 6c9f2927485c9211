// `node --import tsx bench/serve.ts`: only the server bench (the whole bench runs it too).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {benchServe, describeServe} from './serve-http.js';
import {benchEnv} from './tui-start.js';

const dir = mkdtempSync(join(tmpdir(), 'aws-cost-bench-serve-'));
try {
	const runs = Number(process.env['BENCH_RUNS'] ?? 3);
	for (const line of describeServe(await benchServe(benchEnv(dir), {runs}))) console.log(line);
} finally {
	rmSync(dir, {recursive: true, force: true});
}
