import {badInput} from '../../errors.js';
import {DEFAULT_TIMEOUT_MS} from '../../timeouts.js';
import {createExportSource} from '../export-sql/export-source.js';
import type {ExportLocation} from '../export-location.js';
import type {ExportSessionOptions} from '../open-export-source.js';
import type {CostSource} from '../source.js';
import {athenaClientLoader, athenaRunner} from './athena-runner.js';

/** Five minutes: a month of CUR for a large organization scans in seconds; one that takes this long is stuck. */
const DEFAULT_QUERY_TIMEOUT_S = 300;

function queryTimeoutMs(env: NodeJS.ProcessEnv): number {
	const text = env['AWS_COST_ATHENA_TIMEOUT'];
	if (text === undefined || text === '') return DEFAULT_QUERY_TIMEOUT_S * 1000;
	const seconds = Number(text);
	if (!Number.isFinite(seconds) || seconds <= 0) throw badInput(`AWS_COST_ATHENA_TIMEOUT "${text}" must be a number of seconds above 0.`);
	return seconds * 1000;
}

/** A CUR 2.0 or FOCUS table in Athena (Trino SQL), billed per byte scanned. */
export function createAthenaSource(location: Extract<ExportLocation, {kind: 'athena'}>, options: ExportSessionOptions): CostSource {
	const env = options.env ?? process.env;
	const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1';
	const profile = env['AWS_PROFILE'] || undefined;
	const runner = athenaRunner({
		location,
		client: athenaClientLoader({region, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(profile === undefined ? {} : {profile})}),
		queryTimeoutMs: queryTimeoutMs(env),
	});
	return createExportSource(runner);
}
