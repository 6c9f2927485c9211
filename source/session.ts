import type {CostCache} from './cache/cost-cache.js';
import type {CacheMode} from './application/scopes.js';
import type {IsoDate} from './dates.js';
import {CostEngine} from './engine.js';
import {oneLineMessage} from './errors.js';
import {type Logger, silentLogger} from './log.js';
import {defaultCachePath} from './paths.js';
import type {Scope} from './query.js';


import type {RateLimiter} from './sources/cost-explorer/rate-limiter.js';
import type {CostSource} from './sources/source.js';


export interface SessionOptions {
	readonly today: IsoDate;
	readonly cacheMode: CacheMode;
	readonly env?: NodeJS.ProcessEnv;
	readonly logger?: Logger;
	/** Overrides the cache file (tests); otherwise the XDG cache directory. */
	readonly cachePath?: string;
	/** Connect + response deadline of every network request, ms (`--timeout`); 30 s by default. */
	readonly timeoutMs?: number;
	/** Tells the person of something that degraded without failing (one line, no prefix); else only the log hears. */
	readonly warn?: (message: string) => void;
}

/**
 * Owns what a process shares between engines: one cache file, one rate
 * limiter (so ten profiles at once stay polite), one engine per scope.
 */
export class Session {
	private readonly options: SessionOptions;
	private cachePromise: Promise<CostCache | undefined> | undefined;
	private rateLimiter: RateLimiter | undefined;
	private readonly engines = new Map<string, Promise<CostEngine>>();
	private readonly scopes = new Map<string, Scope>();

	constructor(options: SessionOptions) {
		this.options = options;
	}

	get today(): IsoDate {
		return this.options.today;
	}

	engineFor(scope: Scope): Promise<CostEngine> {
		const key = JSON.stringify([scope.source, scope.profile ?? null, scope.account ?? null, scope.exportLocation ?? null]);
		let engine = this.engines.get(key);
		if (!engine) {
			const created = this.createEngine(scope);
			// A failure is not remembered: the next caller tries again (fixed credentials, a cache back).
			created.catch(() => {
				if (this.engines.get(key) === created) this.engines.delete(key);
			});
			this.engines.set(key, created);
			this.scopes.set(key, scope);
			engine = created;
		}
		return engine;
	}

	/** The engines made so far that opened, each with its scope (for metrics); none is created. */
	async openEngines(): Promise<readonly {readonly scope: Scope; readonly engine: CostEngine}[]> {
		const entries = await Promise.all([...this.engines].map(async ([key, engine]) => ({scope: this.scopes.get(key)!, engine: await engine.catch(() => undefined)})));
		return entries.flatMap(({scope, engine}) => (engine === undefined ? [] : [{scope, engine}]));
	}

	/**
	 * The open cache, when this session uses one. A cache that cannot be used
	 * is never fatal: it is one warning, and the session goes on without it.
	 */
	cache(): Promise<CostCache | undefined> {
		if (this.options.cacheMode === 'off') return Promise.resolve(undefined);
		const warn = (message: string): void => {
			(this.options.logger ?? silentLogger)(`warning: ${message}`);
			this.options.warn?.(message);
		};
		this.cachePromise ??= import('./cache/index.js')
			.then(async ({openCostCache}) =>
				openCostCache({path: this.options.cachePath ?? defaultCachePath(this.options.env ?? process.env), onWarning: warn}),
			)
			.catch((error: unknown) => {
				warn(`${oneLineMessage(error)} Continuing without the cache.`);
				return undefined;
			});
		return this.cachePromise;
	}

	/** Waits for the engines' cache writes, then closes the cache. */
	async close(): Promise<void> {
		const engines = await Promise.all([...this.engines.values()].map(engine => engine.catch(() => undefined)));
		await Promise.all(engines.map(engine => engine?.settled()));
		const cache = await this.cachePromise?.catch(() => undefined);
		await cache?.close();
	}

	private async createEngine(scope: Scope): Promise<CostEngine> {
		const [source, cache] = await Promise.all([this.createSource(scope), this.cache()]);
		return new CostEngine({
			source,
			today: this.options.today,
			logger: this.options.logger ?? silentLogger,
			...(cache === undefined ? {} : {cache}),
		});
	}

	protected async createSource(scope: Scope): Promise<CostSource> {
		if (scope.source === 'export') return (await import('./sources/open-export-source.js')).openExportSource(scope, this.options);
		if (scope.source === 'demo') {
			const {createDemoSource} = await import('./sources/demo/index.js');
			return createDemoSource({today: this.options.today});
		}
		const costExplorer = await import('./sources/cost-explorer/index.js');
		this.rateLimiter ??= costExplorer.createRateLimiter(costExplorer.DEFAULT_RATE_LIMIT);
		const maxAttempts = Number((this.options.env ?? process.env)['AWS_MAX_ATTEMPTS']);
		return costExplorer.createCostExplorerSource({
			...(scope.profile === undefined ? {} : {profile: scope.profile}),
			...(this.options.timeoutMs === undefined ? {} : {timeoutMs: this.options.timeoutMs}),
			// AWS's own variable for tries per request, the first included.
			...(Number.isInteger(maxAttempts) && maxAttempts >= 1 ? {maxAttempts} : {}),
			rateLimiter: this.rateLimiter,
			logger: this.options.logger ?? silentLogger,
			today: this.options.today,
			...(this.options.warn === undefined ? {} : {warn: this.options.warn}),
		});
	}
}
