import {totalOf} from './aggregate.js';
import type {CacheTierName, CostCache, FetchClaim} from './cache/cost-cache.js';
import {canonicalKey, canonicalQuery} from './canonical.js';
import {CostError, badInput, isCostError} from './errors.js';
import type {IsoDate, Period} from './dates.js';
import {type Logger, silentLogger} from './log.js';
import {SingleFlight} from './single-flight.js';
import type {Amount} from './money.js';
import {type CostQuery, metricIsMoney} from './query.js';
import type {CostPage, CostRow} from './rows.js';
import {type AskOptions, SharedAnswers} from './shared-answers.js';
import type {
	Account,
	CostSource,
	DimensionValue,
	DimensionValuesRequest,
	ForecastRequest,
	ForecastResult,
	GroupKeys,
	Identity,
	ResourceFigure,
	SavingsAnswer,
	SourceAnomaly,
	SourceCapabilities,
	TopResourcesRequest,
} from './sources/source.js';
import {untilAborted} from './until-aborted.js';
import {validateExpression, validateQuery} from './validate.js';
import {validateDimensionValuesRequest, validateForecastRequest, validatePeriod} from './validate-requests.js';

export type {AskOptions} from './shared-answers.js';

export interface RunStats {
	readonly billableRequests: number;
	/** Bytes billed by a source that bills by the byte (Athena); absent elsewhere. */
	readonly bytesScanned?: number;
	readonly cacheHits: number;
	readonly pages: number;
	/** Which cache tier answered (l1 memory, l2 file, l3 shared Redis); absent when the cache did not. */
	readonly cacheTier?: CacheTierName;
}

export interface QueryResult {
	/** The canonical query that ran (exclusive end). */
	readonly query: CostQuery;
	readonly rows: readonly CostRow[];
	/** Exact sum of `rows`; meaningless when `empty`. */
	readonly total: Amount;
	readonly unit: string;
	/** No rows at all: "no data", which is not "$0.00". */
	readonly empty: boolean;
	/** Some figure is not final yet. */
	readonly estimated: boolean;
	readonly stats: RunStats;
	readonly identity: Identity;
	/** Present when the source was down and the last cached answer stands in: never shown unlabelled. */
	readonly stale?: StaleAnswer;
}

export interface StaleAnswer {
	/** When the rows were fetched (ISO 8601, UTC). */
	readonly asOf: string;
	/** How old they are, for people ("3 h"). */
	readonly age: string;
	/** Why the source could not answer now (its one-line message). */
	readonly reason: string;
}

export interface RunOptions {
	readonly signal?: AbortSignal;
	/** Skip reading the cache but store what comes back (`--refresh`, `r`). */
	readonly refresh?: boolean;
	/** Neither read nor write the cache (`--no-cache`). */
	readonly noCache?: boolean;
	/** Called as each page arrives, with every row so far. */
	readonly onPage?: (page: CostPage, rowsSoFar: number) => void;
	/**
	 * When the source is down (timed out, 5xx, throttled after retries, cooling
	 * down), answer with the last cached answer, marked `stale`. Without it the
	 * failure says such an answer exists.
	 */
	readonly allowStale?: boolean;
}

export interface EngineOptions {
	readonly source: CostSource;
	readonly cache?: CostCache;
	readonly today: IsoDate;
	readonly logger?: Logger;
	/** Epoch ms, for the age of stale answers; injected by tests. */
	readonly now?: () => number;
	/**
	 * Told of every run once it has answered or failed (the query history).
	 * Called after the answer is in hand; whatever it throws is ignored.
	 */
	readonly onAnswered?: (answered: AnsweredQuery) => void;
}

/** A run that ended: its answer or its failure, and how long it took. */
export type AnsweredQuery = {readonly query: CostQuery; readonly latencyMs: number} & (
	| {readonly result: QueryResult; readonly error?: undefined}
	| {readonly error: unknown; readonly result?: undefined; readonly identity: Identity | undefined}
);

/**
 * Answers CostQuerys: validates, asks the cache, then the source page by page,
 * and counts what each answer cost. The one door every front end goes through.
 */
export class CostEngine {
	private readonly source: CostSource;
	readonly today: IsoDate;
	private readonly cache: CostCache | undefined;
	private readonly logger: Logger;
	private readonly now: () => number;
	private readonly onAnswered: ((answered: AnsweredQuery) => void) | undefined;
	private identityPromise: Promise<Identity> | undefined;
	/** Group keys per period, listed once per engine (so once per account). */
	private readonly groupKeyLists = new Map<string, Promise<GroupKeys>>();
	/** Answers to the other questions, kept per engine (so per account) until refreshed. */
	private readonly answers = new SharedAnswers({
		billed: requests => {
			this.totals.billableRequests += requests;
		},
		reused: () => {
			this.totals.cacheHits++;
		},
		logger: line => this.logger(line),
	});
	private readonly totals = {billableRequests: 0, cacheHits: 0, pages: 0};
	/** Identical runs at once share one answer: one set of billable requests. */
	private readonly inFlight = new SingleFlight<QueryResult, readonly [CostPage, number]>();
	private misses = 0;
	/** The cache writes in the order they were started; each waits for the one before. */
	private writes: Promise<void> = Promise.resolve();
	private pendingWrites = 0;

	constructor(options: EngineOptions) {
		this.source = options.source;
		this.cache = options.cache;
		this.today = options.today;
		this.logger = options.logger ?? silentLogger;
		this.now = options.now ?? Date.now;
		this.onAnswered = options.onAnswered;
	}

	/** What the source answers itself and the limits every query is checked against. */
	get capabilities(): SourceCapabilities {
		return this.source.capabilities;
	}

	/** What this engine has spent and saved since it was made. */
	get sessionStats(): RunStats {
		return {...this.totals};
	}

	/** Whether the source's circuit breaker is open (Cost Explorer after an outage); undefined for a source without one. */
	circuitOpen(): boolean | undefined {
		const source = this.source as CostSource & {circuitOpen?: () => boolean};
		return typeof source.circuitOpen === 'function' ? source.circuitOpen() : undefined;
	}

	/** Queries the cache could not answer, since this engine was made. */
	get cacheMisses(): number {
		return this.misses;
	}

	/**
	 * Who the source answers as, looked up once and shared. The lookup runs
	 * under no caller's signal (it has its own timeout): each caller's signal
	 * ends only that caller's wait, never another run's.
	 */
	identity(signal?: AbortSignal): Promise<Identity> {
		this.identityPromise ??= this.source.identity().catch((error: unknown) => {
			this.identityPromise = undefined;
			throw error;
		});
		return untilAborted(this.identityPromise, signal);
	}

	/**
	 * The tag keys and cost categories the bill has in `period`, asked of the
	 * source once and kept; what it bills is counted. Sources that cannot list
	 * them answer with none. Like `identity`, a caller's signal ends only its wait.
	 */
	groupKeys(period: Period, signal?: AbortSignal): Promise<GroupKeys> {
		const key = `${period.start}/${period.end}`;
		let listing = this.groupKeyLists.get(key);
		if (listing === undefined) {
			const source = this.source;
			listing = (source.groupKeys === undefined ? Promise.resolve({tags: [], costCategories: [], billableRequests: 0}) : source.groupKeys(period)).then(
				keys => {
					this.totals.billableRequests += keys.billableRequests;
					return keys;
				},
				(error: unknown) => {
					this.groupKeyLists.delete(key);
					throw error;
				},
			);
			this.groupKeyLists.set(key, listing);
		} else this.totals.cacheHits++;
		return untilAborted(listing, signal);
	}

	/** The values a dimension takes in a period (e.g. the bill's SERVICE names), validated, kept and counted. */
	async dimensionValues(request: DimensionValuesRequest, options: AskOptions = {}): Promise<readonly DimensionValue[]> {
		validateDimensionValuesRequest(request);
		return this.answers.ask(`dimension values ${JSON.stringify(request)}`, () => this.source.dimensionValues(request), options);
	}

	/** The source's own forecast (Cost Explorer's GetCostForecast), validated, kept and counted. */
	async forecast(request: ForecastRequest, options: AskOptions = {}): Promise<ForecastResult> {
		validateForecastRequest(request);
		return this.answers.ask(`forecast ${JSON.stringify(request)}`, () => this.source.forecast(request), options);
	}

	/** The anomalies the source's own detection found in `period`, kept and counted. */
	async anomalies(period: Period, options: AskOptions = {}): Promise<readonly SourceAnomaly[]> {
		validatePeriod(period);
		return this.answers.ask(`anomalies ${period.start}/${period.end}`, () => this.source.anomalies(period), options);
	}

	/** The accounts the source can see (an organization's, or the linked accounts with cost), kept and counted. */
	accounts(options: AskOptions = {}): Promise<readonly Account[]> {
		return this.answers.ask('accounts', () => this.source.accounts(), options);
	}

	/** The source's savings advice, kept and counted; a source that gives none fails with a one-line reason. */
	async savings(options: AskOptions = {}): Promise<SavingsAnswer> {
		const {source} = this;
		if (source.savings === undefined) {
			throw new CostError('aws-failure', 'This data source gives no savings advice: use Cost Explorer credentials or --demo.');
		}
		return this.answers.ask('savings', () => source.savings!(), options);
	}

	/**
	 * The `limit` resources costing most in the period, largest first, kept and
	 * counted; a source without line items (Cost Explorer) fails in one line.
	 */
	async topResources(request: TopResourcesRequest, limit: number, options: AskOptions = {}): Promise<readonly ResourceFigure[]> {
		const {source} = this;
		if (source.capabilities.limits.groupsByResource !== true || source.topResources === undefined) {
			throw badInput(`${source.capabilities.limits.keeper} has no resource-level costs: top resources need a billing export (--source parquet:GLOB or athena:DATABASE.TABLE).`);
		}
		validatePeriod(request.period);
		if (request.filter !== undefined) validateExpression(request.filter, 0);
		const count = Math.max(1, Math.floor(limit));
		return this.answers.ask(`top resources ${JSON.stringify([request, count])}`, () => source.topResources!(request, count), options);
	}

	/** Answers one CostQuery: the cache, else the source; every run (answered or failed) is reported to `onAnswered`. */
	run(input: CostQuery, options: RunOptions = {}): Promise<QueryResult> {
		// Not async: without a hook the caller gets runOnce's own promise, no extra turns before it sees the answer.
		return this.onAnswered === undefined ? this.runOnce(input, options) : this.runReported(input, options);
	}

	private async runReported(input: CostQuery, options: RunOptions): Promise<QueryResult> {
		const started = performance.now();
		const latencyMs = (): number => Math.round(performance.now() - started);
		try {
			const result = await this.runOnce(input, options);
			this.report({query: result.query, result, latencyMs: latencyMs()});
			return result;
		} catch (error) {
			// A run the caller gave up on is no answer, and no failure either.
			if (options.signal?.aborted !== true) this.report({query: input, error, identity: await this.identityPromise?.catch(() => undefined), latencyMs: latencyMs()});
			throw error;
		}
	}

	private report(answered: AnsweredQuery): void {
		try {
			this.onAnswered?.(answered);
		} catch (error) {
			this.logger(`history: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	private async runOnce(input: CostQuery, options: RunOptions): Promise<QueryResult> {
		const query = validateQuery(canonicalQuery(input), this.today, this.source.capabilities.limits);
		const identity = await this.identity(options.signal);
		const useCache = this.cache !== undefined && options.noCache !== true;
		const {value, led} = await this.inFlight.join(
			flightKey(identity, query, options),
			(signal, emit) => this.answer(query, identity, useCache, {...options, signal, onPage: (page, rowsSoFar) => emit([page, rowsSoFar])}),
			{...(options.signal === undefined ? {} : {signal: options.signal}), ...(options.onPage === undefined ? {} : {onEvent: ([page, rowsSoFar]) => options.onPage!(page, rowsSoFar)})},
		);
		if (led) return value;
		// Another caller's requests paid for this answer: to this caller it is a cache hit.
		this.totals.cacheHits++;
		this.totals.pages++;
		return {...value, stats: {billableRequests: 0, cacheHits: 1, pages: 1}};
	}

	/**
	 * One run's answer, shared by the identical runs waiting for it: the cache,
	 * else the source page by page, else (source down) the last cached answer.
	 * `options.signal` is the flight's: it aborts once no caller waits.
	 */
	private async answer(query: CostQuery, identity: Identity, useCache: boolean, options: RunOptions): Promise<QueryResult> {
		let lead: Extract<FetchClaim, {kind: 'lead'}> | undefined;
		if (useCache && options.refresh !== true) {
			// A write still running may hold this very answer: waiting for it is cheaper than asking again.
			await this.settled();
			let answer = await this.cache!.lookup(identity, query, this.today);
			if (answer === undefined) {
				// With a shared cache, processes missing the same answer fetch it once: another may bring it.
				const claim = await this.cache!.claimFetch?.(identity, query, this.today, options.signal);
				if (claim?.kind === 'answered') answer = claim.answer;
				if (claim?.kind === 'lead') lead = claim;
			}
			if (answer !== undefined) {
				this.totals.cacheHits++;
				this.totals.pages++;
				options.onPage?.({rows: answer.rows, fromCache: true, billableRequests: 0}, answer.rows.length);
				return this.result(query, identity, answer.rows, {billableRequests: 0, cacheHits: 1, pages: 1, cacheTier: answer.tier});
			}
			this.misses++;
		}
		try {
			const result = await this.fetch(query, identity, useCache, options, lead?.release);
			// A stale stand-in is not stored: the next process may try the source itself.
			if (result.stale !== undefined) await lead?.release();
			return result;
		} catch (error) {
			await lead?.release();
			throw error;
		}
	}

	/** The source's answer page by page, else (source down) the last cached answer; `release` frees a lead claim once the answer is stored. */
	private async fetch(query: CostQuery, identity: Identity, useCache: boolean, options: RunOptions, release: (() => Promise<void>) | undefined): Promise<QueryResult> {
		const rows: CostRow[] = [];
		let billableRequests = 0;
		let bytesScanned = 0;
		let pages = 0;
		try {
			for await (const page of this.source.costAndUsage(query, options.signal)) {
				options.signal?.throwIfAborted();
				for (const row of page.rows) rows.push(row);
				billableRequests += page.billableRequests;
				bytesScanned += page.bytesScanned ?? 0;
				this.totals.billableRequests += page.billableRequests;
				pages++;
				this.totals.pages++;
				options.onPage?.(page, rows.length);
			}
		} catch (error) {
			if (!useCache || !isCostError(error) || !error.sourceDown || options.signal?.aborted === true) throw error;
			const stale = await this.staleAnswer(identity, query, error, options, {billableRequests, cacheHits: 1, pages});
			if (stale === undefined) throw error;
			return stale;
		}
		if (useCache) this.storeInBackground(identity, query, rows, billableRequests, release);
		return this.result(query, identity, rows, {billableRequests, cacheHits: 0, pages, ...(bytesScanned > 0 ? {bytesScanned} : {})});
	}

	/**
	 * Pages as they arrive, kept nowhere: for answers too big to hold (a
	 * million rows aggregated on the fly). The cache is neither read nor written.
	 */
	async *streamPages(input: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage> {
		const query = validateQuery(canonicalQuery(input), this.today, this.source.capabilities.limits);
		for await (const page of this.source.costAndUsage(query, signal)) {
			this.totals.billableRequests += page.billableRequests;
			this.totals.pages++;
			yield page;
		}
	}

	/** The last cached answer standing in for a source that is down, or a failure that says one exists. */
	private async staleAnswer(identity: Identity, query: CostQuery, error: CostError, options: RunOptions, stats: RunStats): Promise<QueryResult | undefined> {
		await this.settled();
		const last = await this.cache!.lastAnswer?.(identity, query).catch(() => undefined);
		if (last === undefined) return undefined;
		const age = describeAge(this.now() - last.storedAt);
		if (options.allowStale !== true) {
			throw new CostError(error.kind, `${error.message} An answer cached ${age} ago can stand in: --allow-stale (aws-cost query) shows it, marked stale.`, error.detail, {sourceDown: true});
		}
		this.logger(`stale: answering from the cache (${age} old) because ${error.message}`);
		this.totals.cacheHits++;
		return {...this.result(query, identity, last.rows, stats), stale: {asOf: new Date(last.storedAt).toISOString(), age, reason: error.message}};
	}

	/** Resolves once every cache write started so far has finished (or failed). Call before closing the cache. */
	async settled(): Promise<void> {
		while (this.pendingWrites > 0) await this.writes;
	}

	/**
	 * The rows are paid for and in hand: the answer neither waits for the cache
	 * write nor fails with it. Writes keep their order, so a refresh is never
	 * overwritten by the older answer it replaced.
	 */
	private storeInBackground(identity: Identity, query: CostQuery, rows: readonly CostRow[], billableRequests: number, release?: () => Promise<void>): void {
		this.pendingWrites++;
		this.writes = this.writes
			// Encoding the rows is work on this thread: it starts after the caller has used the answer (drawn it).
			.then(() => new Promise(resolve => setImmediate(resolve)))
			.then(() => this.cache!.store(identity, query, rows, billableRequests, this.today))
			.catch((error: unknown) => {
				this.logger(`cache write failed: ${error instanceof Error ? error.message : String(error)}`);
			})
			// Processes waiting for this answer read it once it is stored; the lock goes only then.
			.then(() => release?.())
			.finally(() => {
				this.pendingWrites--;
			});
	}

	private result(query: CostQuery, identity: Identity, rows: readonly CostRow[], stats: RunStats): QueryResult {
		const unit = rows[0]?.unit ?? (metricIsMoney(query.metric) ? 'USD' : '');
		return {
			query,
			rows,
			total: totalOf(rows),
			unit,
			empty: rows.length === 0,
			estimated: rows.some(row => row.estimated),
			stats,
			identity,
		};
	}
}

/** Runs are identical when they ask the same of the same identity with the same cache mode. */
function flightKey(identity: Identity, query: CostQuery, options: RunOptions): string {
	const mode = {refresh: options.refresh === true, noCache: options.noCache === true, allowStale: options.allowStale === true};
	return JSON.stringify([identity.account, identity.principal, identity.dataset ?? null, canonicalKey(query), mode]);
}

/** "45 s", "12 min", "3 h", "2 days": how old an answer is, for people. */
export function describeAge(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	if (seconds < 90) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 90) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} h`;
	return `${Math.round(hours / 24)} days`;
}
