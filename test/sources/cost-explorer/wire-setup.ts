import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {IsoDate} from '../../../source/dates.js';
import type {CostQuery} from '../../../source/query.js';
import {
	type CostExplorerSource,
	type CostExplorerSourceOptions,
	createCostExplorerSource,
	createRateLimiter,
} from '../../../source/sources/cost-explorer/index.js';
import {type CostExplorerServer, startCostExplorerServer} from '../../fixtures/cost-explorer-server.js';

export const TEST_ACCESS_KEY_ID = 'AKIATESTWIRE00000000';
export const TEST_SECRET = 'wire-test-secret-do-not-log';
export const TEST_TODAY = '2026-11-25' as IsoDate;

/** One day's total of unblended cost: the smallest question a wire test can ask. */
export const ONE_DAY_QUERY: CostQuery = {
	period: {start: '2026-11-01' as IsoDate, end: '2026-11-02' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'aws'},
};

const touchedVariables = [
	'AWS_ACCESS_KEY_ID',
	'AWS_SECRET_ACCESS_KEY',
	'AWS_SESSION_TOKEN',
	'AWS_PROFILE',
	'AWS_DEFAULT_PROFILE',
	'AWS_REGION',
	'AWS_CONFIG_FILE',
	'AWS_SHARED_CREDENTIALS_FILE',
	'AWS_EC2_METADATA_DISABLED',
	'AWS_ENDPOINT_URL',
	'AWS_ENDPOINT_URL_COST_EXPLORER',
	'AWS_ENDPOINT_URL_STS',
	'AWS_ENDPOINT_URL_ORGANIZATIONS',
	'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
	'AWS_CONTAINER_CREDENTIALS_FULL_URI',
	'AWS_WEB_IDENTITY_TOKEN_FILE',
	'HOME',
] as const;

export interface WireContext {
	readonly server: CostExplorerServer;
	readonly home: string;
	/** Every wait the source asked for (retries and pacing), in ms. */
	readonly sleeps: number[];
	readonly logLines: string[];
	source(options?: CostExplorerSourceOptions): CostExplorerSource;
	close(): Promise<void>;
}

/**
 * A fake Cost Explorer on 127.0.0.1 and an environment that points the real
 * SDK at it with static env credentials and no shared files, so nothing in
 * the developer's ~/.aws and nothing beyond 127.0.0.1 is ever used.
 */
export async function startWire(endpointVariables: readonly string[] = ['AWS_ENDPOINT_URL_COST_EXPLORER', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_ORGANIZATIONS']): Promise<WireContext> {
	const saved = new Map(touchedVariables.map(name => [name, process.env[name]]));
	for (const name of touchedVariables) delete process.env[name];
	const server = await startCostExplorerServer();
	const home = mkdtempSync(join(tmpdir(), 'aws-cost-wire-'));
	Object.assign(process.env, {
		HOME: home,
		AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
		AWS_SECRET_ACCESS_KEY: TEST_SECRET,
		AWS_CONFIG_FILE: join(home, 'no-config'),
		AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
		AWS_EC2_METADATA_DISABLED: 'true',
	});
	for (const name of endpointVariables) process.env[name] = server.endpoint;
	const sleeps: number[] = [];
	const logLines: string[] = [];
	return {
		server,
		home,
		sleeps,
		logLines,
		source: (options = {}) =>
			createCostExplorerSource({
				sleep: async (ms, signal) => {
					signal?.throwIfAborted();
					sleeps.push(ms);
				},
				random: () => 0.5,
				rateLimiter: createRateLimiter({ratePerSecond: 1000, burst: 1000}),
				logger: line => logLines.push(line),
				today: TEST_TODAY,
				...options,
			}),
		async close() {
			await server.close();
			rmSync(home, {recursive: true, force: true});
			for (const [name, value] of saved) {
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			}
		},
	};
}

/** One DAILY ungrouped bucket as CE sends it. */
export function dailyTotal(day: string, nextDay: string, amount: string, estimated = false) {
	return {TimePeriod: {Start: day, End: nextDay}, Total: {UnblendedCost: {Amount: amount, Unit: 'USD'}}, Groups: [], Estimated: estimated};
}
