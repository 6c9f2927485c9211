import {totalOf} from './aggregate.js';
import type {CostCache} from './cache/cost-cache.js';
import {canonicalQuery} from './canonical.js';
import type {IsoDate} from './dates.js';
import {type Logger, silentLogger} from './log.js';
import type {Amount} from './money.js';
import {type CostQuery, metricIsMoney} from './query.js';
import type {CostPage, CostRow} from './rows.js';
import type {CostSource, Identity} from './sources/source.js';
import {validateQuery} from './validate.js';

export interface RunStats {
	readonly billableRequests: number;
	readonly cacheHits: number;
	readonly pages: number;
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
}

export interface RunOptions {
	readonly signal?: AbortSignal;
	/** Skip reading the cache but store what comes back (`--refresh`, `r`). */
	readonly refresh?: boolean;
	/** Neither read nor write the cache (`--no-cache`). */
	readonly noCache?: boolean;
	/** Called as each page arrives, with every row so far. */
	readonly onPage?: (page: CostPage, rowsSoFar: number) => void;
}

export interface EngineOptions {
	readonly source: CostSource;
	readonly cache?: CostCache;
	readonly today: IsoDate;
	readonly logger?: Logger;
}

/**
 * Answers CostQuerys: validates, asks the cache, then the source page by page,
 * and counts what each answer cost. The one door every front end goes through.
 */
export class CostEngine {
	readonly source: CostSource;
	readonly today: IsoDate;
	private readonly cache: CostCache | undefined;
	private readonly logger: Logger;
	private identityPromise: Promise<Identity> | undefined;
	private readonly totals = {billableRequests: 0, cacheHits: 0, pages: 0};
	/** The cache writes in the order they were started; each waits for the one before. */
	private writes: Promise<void> = Promise.resolve();
	private pendingWrites = 0;

	constructor(options: EngineOptions) {
		this.source = options.source;
		this.cache = options.cache;
		this.today = options.today;
		this.logger = options.logger ?? silentLogger;
	}

	/** What this engine has spent and saved since it was made. */
	get sessionStats(): RunStats {
		return {...this.totals};
	}

	identity(signal?: AbortSignal): Promise<Identity> {
		this.identityPromise ??= this.source.identity(signal).catch((error: unknown) => {
			this.identityPromise = undefined;
			throw error;
		});
		return this.identityPromise;
	}

	async run(input: CostQuery, options: RunOptions = {}): Promise<QueryResult> {
		const query = canonicalQuery(validateQuery(input, this.today));
		const identity = await this.identity(options.signal);
		const useCache = this.cache !== undefined && options.noCache !== true;
		if (useCache && options.refresh !== true) {
			// A write still running may hold this very answer: waiting for it is cheaper than asking again.
			await this.settled();
			const answer = await this.cache!.lookup(identity, query, this.today);
			if (answer) {
				this.totals.cacheHits++;
				this.totals.pages++;
				options.onPage?.({rows: answer.rows, fromCache: true, billableRequests: 0}, answer.rows.length);
				return this.result(query, identity, answer.rows, {billableRequests: 0, cacheHits: 1, pages: 1});
			}
		}
		const rows: CostRow[] = [];
		let billableRequests = 0;
		let pages = 0;
		for await (const page of this.source.costAndUsage(query, options.signal)) {
			options.signal?.throwIfAborted();
			for (const row of page.rows) rows.push(row);
			billableRequests += page.billableRequests;
			this.totals.billableRequests += page.billableRequests;
			pages++;
			this.totals.pages++;
			options.onPage?.(page, rows.length);
		}
		if (useCache) this.storeInBackground(identity, query, rows, billableRequests);
		return this.result(query, identity, rows, {billableRequests, cacheHits: 0, pages});
	}

	/**
	 * Pages as they arrive, kept nowhere: for answers too big to hold (a
	 * million rows aggregated on the fly). The cache is neither read nor written.
	 */
	async *streamPages(input: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage> {
		const query = canonicalQuery(validateQuery(input, this.today));
		for await (const page of this.source.costAndUsage(query, signal)) {
			this.totals.billableRequests += page.billableRequests;
			this.totals.pages++;
			yield page;
		}
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
	private storeInBackground(identity: Identity, query: CostQuery, rows: readonly CostRow[], billableRequests: number): void {
		this.pendingWrites++;
		this.writes = this.writes
			// Encoding the rows is work on this thread: it starts after the caller has used the answer (drawn it).
			.then(() => new Promise(resolve => setImmediate(resolve)))
			.then(() => this.cache!.store(identity, query, rows, billableRequests, this.today))
			.catch((error: unknown) => {
				this.logger(`cache write failed: ${error instanceof Error ? error.message : String(error)}`);
			})
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
