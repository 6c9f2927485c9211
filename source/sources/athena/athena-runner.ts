import type {AthenaClient} from '@aws-sdk/client-athena';
import {CostError} from '../../errors.js';
import {namedExports} from '../../module-interop.js';
import {TRINO, literal} from '../export-sql/dialect.js';
import type {ColumnInfo, SqlResult, SqlRow, SqlRunner} from '../export-sql/runner.js';
import type {ExportLocation} from '../export-location.js';
import {athenaError} from './athena-errors.js';

type AthenaSdk = typeof import('@aws-sdk/client-athena');

export interface AthenaRunnerOptions {
	readonly location: Extract<ExportLocation, {kind: 'athena'}>;
	/** Builds the client (tests pass one pointed at moto). */
	readonly client: () => Promise<{client: AthenaClient; sdk: AthenaSdk}>;
	/** How long a query may take before it is stopped, ms. */
	readonly queryTimeoutMs: number;
	/** First wait between status polls, ms; each wait is 1.5 times the last, up to `maxPollMs`. */
	readonly firstPollMs?: number;
	readonly maxPollMs?: number;
}

/** Athena bills the bytes scanned, rounded up to the megabyte, at least 10 MB a query. */
export function billedBytes(scanned: number): number {
	const megabyte = 1024 * 1024;
	return Math.max(10 * megabyte, Math.ceil(scanned / megabyte) * megabyte);
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
	new Promise((resolve, reject) => {
		const timer = setTimeout(resolve, ms);
		signal?.addEventListener('abort', () => {
			clearTimeout(timer);
			reject(signal.reason);
		}, {once: true});
	});

/**
 * Runs export SQL in Athena: StartQueryExecution, GetQueryExecution polled
 * with backoff until the query ends, then GetQueryResults page by page.
 * Values are bound as ExecutionParameters, never pasted into the SQL.
 */
export function athenaRunner(options: AthenaRunnerOptions): SqlRunner {
	const {location} = options;
	const label = `athena:${location.database}.${location.table}`;
	const from = `"${location.database}"."${location.table}"`;

	async function waitFor(id: string, client: AthenaClient, sdk: AthenaSdk, signal?: AbortSignal): Promise<number> {
		const deadline = Date.now() + options.queryTimeoutMs;
		let wait = options.firstPollMs ?? 200;
		for (;;) {
			const {QueryExecution: execution} = await client.send(new sdk.GetQueryExecutionCommand({QueryExecutionId: id}), {abortSignal: signal});
			const state = execution?.Status?.State;
			if (state === 'SUCCEEDED') return execution?.Statistics?.DataScannedInBytes ?? 0;
			const reason = (execution?.Status?.StateChangeReason ?? '').split('\n')[0]?.trim();
			if (state === 'FAILED') throw new CostError('aws-failure', `Athena query ${id} failed: ${reason || 'no reason given'}.`, reason);
			if (state === 'CANCELLED') throw new CostError('aws-failure', `Athena query ${id} was cancelled${reason ? `: ${reason}` : ''} (someone stopped it, or the workgroup's limit did).`);
			if (Date.now() + wait > deadline) {
				await client.send(new sdk.StopQueryExecutionCommand({QueryExecutionId: id})).catch(() => undefined);
				throw new CostError(
					'timed-out',
					`Athena query ${id} did not finish within ${Math.round(options.queryTimeoutMs / 1000)} s and was stopped: narrow the period, or raise AWS_COST_ATHENA_TIMEOUT.`,
					undefined,
					{sourceDown: true},
				);
			}
			await sleep(wait, signal);
			wait = Math.min(options.maxPollMs ?? 2000, Math.ceil(wait * 1.5));
		}
	}

	async function readResults(id: string, client: AthenaClient, sdk: AthenaSdk, signal?: AbortSignal): Promise<{rows: SqlRow[]; columns: ColumnInfo[]}> {
		const rows: SqlRow[] = [];
		let columns: ColumnInfo[] = [];
		let token: string | undefined;
		let first = true;
		do {
			const page = await client.send(new sdk.GetQueryResultsCommand({QueryExecutionId: id, MaxResults: 1000, ...(token === undefined ? {} : {NextToken: token})}), {abortSignal: signal});
			if (first) columns = (page.ResultSet?.ResultSetMetadata?.ColumnInfo ?? []).map(column => ({name: column.Name ?? '', type: column.Type ?? ''}));
			const names = columns.map(column => column.name);
			let data = page.ResultSet?.Rows ?? [];
			// A SELECT's first row repeats the column names.
			if (first && data[0]?.Data?.every((cell, index) => cell.VarCharValue === names[index])) data = data.slice(1);
			for (const row of data) {
				const record: Record<string, string | null> = {};
				names.forEach((name, index) => (record[name] = row.Data?.[index]?.VarCharValue ?? null));
				rows.push(record);
			}
			token = page.NextToken;
			first = false;
		} while (token !== undefined && token !== '');
		return {rows, columns};
	}

	async function execute(sql: string, params: readonly string[], what: string, signal?: AbortSignal): Promise<SqlResult & {columns: ColumnInfo[]}> {
		const {client, sdk} = await options.client();
		try {
			const started = await client.send(
				new sdk.StartQueryExecutionCommand({
					QueryString: sql,
					QueryExecutionContext: {Database: location.database},
					...(location.workgroup === undefined ? {} : {WorkGroup: location.workgroup}),
					...(location.outputLocation === undefined ? {} : {ResultConfiguration: {OutputLocation: location.outputLocation}}),
					...(params.length === 0 ? {} : {ExecutionParameters: params.map(literal)}),
				}),
				{abortSignal: signal},
			);
			const id = started.QueryExecutionId;
			if (id === undefined) throw new CostError('aws-failure', 'Athena started no query (no QueryExecutionId).');
			const scanned = await waitFor(id, client, sdk, signal);
			const {rows, columns} = await readResults(id, client, sdk, signal);
			return {rows, columns, bytesScanned: billedBytes(scanned), billableRequests: 1};
		} catch (error) {
			signal?.throwIfAborted();
			throw athenaError(error, `${what} on ${label}`);
		}
	}

	return {
		dialect: TRINO,
		from,
		label,
		columns: signal => execute(`SELECT * FROM ${from} LIMIT 0`, [], 'reading the columns', signal),
		run: (sql, params, signal) => execute(sql, params, 'a query', signal),
	};
}

/** An Athena client from the default credential chain; AWS_ENDPOINT_URL(_ATHENA) is honoured by the SDK. */
export function athenaClientLoader(settings: {region: string; timeoutMs: number; profile?: string}): () => Promise<{client: AthenaClient; sdk: AthenaSdk}> {
	let loaded: Promise<{client: AthenaClient; sdk: AthenaSdk}> | undefined;
	return () =>
		(loaded ??= (async () => {
			process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
			const sdk = namedExports(await import('@aws-sdk/client-athena'));
			const {fromNodeProviderChain} = namedExports(await import('@aws-sdk/credential-providers'));
			const client = new sdk.AthenaClient({
				region: settings.region,
				credentials: fromNodeProviderChain(settings.profile === undefined ? {} : {profile: settings.profile}),
				requestHandler: {connectionTimeout: settings.timeoutMs, requestTimeout: settings.timeoutMs, throwOnRequestTimeout: true},
			});
			return {client, sdk};
		})());
}
