import type {CostCache} from './cache/cost-cache.js';
import type {CacheMode} from './application/scopes.js';
import {type Clock, pinnedClock} from './clock.js';
import type {IsoDate} from './dates.js';
import {CostEngine} from './engine.js';
import {oneLineMessage} from './errors.js';
import {type Logger, silentLogger} from './log.js';
import type {HistoryRecorder} from './history/history-recorder.js';
import {defaultCachePath} from './paths.js';
import type {Scope} from './query.js';
import {registerBuiltinSources} from './sources/builtin-sources.js';
import {sourceDefinition} from './sources/registry.js';
import type {CostSource} from './sources/source.js';

registerBuiltinSources();

/** The day a session answers for: pinned (`today`, scripts) or read from a clock each time (the app, a server). */
export type SessionDay = {readonly today: IsoDate; readonly clock?: undefined} | {readonly clock: Clock; readonly today?: undefined};

export type SessionOptions = SessionDay & SessionSettings;

interface SessionSettings {
	readonly cacheMode: CacheMode;
	readonly env?: NodeJS.ProcessEnv;
	readonly logger?: Logger;
	/** Overrides the cache file (tests); otherwise the XDG cache directory. */
	readonly cachePath?: string;
	/** Connect + response deadline of every network request, ms (`--timeout`); 30 s by default. */
	readonly timeoutMs?: number;
	/** Tells the person of something that degraded without failing (one line, no prefix); else only the log hears. */
	readonly warn?: (message: string) => void;
	/**
	 * Records every query the engines answer (the query history). The session
	 * flushes it on close; it closes it too unless `keepHistoryOpen` (a server
	 * shares one recorder between its daily sessions).
	 */
	readonly history?: HistoryRecorder;
	readonly keepHistoryOpen?: boolean;
	/** `warn` writes to the log itself (a server): the cache's warnings are then not logged twice. */
	readonly warnWritesLog?: boolean;
}

/**
 * Owns what a process shares between engines: one cache file, one rate
 * limiter (so ten profiles at once stay polite), one engine per scope.
 */
export class Session {
	private readonly options: SessionOptions;
	private cachePromise: Promise<CostCache | undefined> | undefined;
	/** What this session's sources share (see SourceContext.shared). */
	private readonly shared = new Map<string, unknown>();
	private readonly engines = new Map<string, Promise<CostEngine>>();
	private readonly scopes = new Map<string, Scope>();
	/** Engines of days gone by: no longer handed out, but their cache writes are waited for on close. */
	private readonly retired: Promise<CostEngine>[] = [];
	private readonly clock: Clock;

	constructor(options: SessionOptions) {
		this.options = options;
		this.clock = options.clock ?? pinnedClock(options.today);
	}

	/** Today, as the session's clock says now. */
	get today(): IsoDate {
		return this.clock.today();
	}

	/**
	 * The engine for a scope on today's date. When the day changes, the next
	 * call opens a new one (its source and limits on the new day).
	 */
	engineFor(scope: Scope): Promise<CostEngine> {
		const today = this.today;
		this.retireEnginesBefore(today);
		const key = JSON.stringify([today, scope.source, scope.profile ?? null, scope.account ?? null, scope.exportLocation ?? null, scope.argument ?? null]);
		let engine = this.engines.get(key);
		if (!engine) {
			const created = this.createEngine(scope, today);
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
			if (this.options.warnWritesLog !== true || this.options.warn === undefined) (this.options.logger ?? silentLogger)(`warning: ${message}`);
			this.options.warn?.(message);
		};
		const env = this.options.env ?? process.env;
		const sharedUrl = env['AWS_COST_CACHE_URL'];
		this.cachePromise ??= import('./cache/index.js')
			.then(async ({openCostCache}) =>
				openCostCache({
					path: this.options.cachePath ?? defaultCachePath(env),
					onWarning: warn,
					onLog: line => (this.options.logger ?? silentLogger)(line),
					...(sharedUrl === undefined || sharedUrl === '' ? {} : {shared: {url: sharedUrl}}),
				}),
			)
			.catch((error: unknown) => {
				warn(`${oneLineMessage(error)} Continuing without the cache.`);
				return undefined;
			});
		return this.cachePromise;
	}

	private retireEnginesBefore(today: IsoDate): void {
		for (const [key, engine] of this.engines) {
			if (!key.startsWith(`["${today}"`)) {
				this.engines.delete(key);
				this.retired.push(engine);
			}
		}
	}

	/** Waits for the engines' cache writes, then closes the cache. */
	async close(): Promise<void> {
		const engines = await Promise.all([...this.retired, ...this.engines.values()].map(engine => engine.catch(() => undefined)));
		await Promise.all(engines.map(engine => engine?.settled()));
		const cache = await this.cachePromise?.catch(() => undefined);
		await cache?.close();
		const {history} = this.options;
		if (history !== undefined) await (this.options.keepHistoryOpen === true ? history.flush() : history.close());
	}

	private async createEngine(scope: Scope, today: IsoDate): Promise<CostEngine> {
		const [source, cache] = await Promise.all([this.createSource(scope, today), this.cache()]);
		return new CostEngine({
			source,
			today,
			logger: this.options.logger ?? silentLogger,
			...(cache === undefined ? {} : {cache}),
			...(this.options.history === undefined ? {} : {onAnswered: this.options.history.recordAnswer.bind(this.options.history)}),
		});
	}

	protected async createSource(scope: Scope, today: IsoDate = this.today): Promise<CostSource> {
		const {env = process.env, logger = silentLogger, timeoutMs, warn} = this.options;
		return sourceDefinition(scope.source).create(scope, {
			today,
			env,
			logger,
			...(timeoutMs === undefined ? {} : {timeoutMs}),
			...(warn === undefined ? {} : {warn}),
			shared: <T>(key: string, make: () => T): T => {
				if (!this.shared.has(key)) this.shared.set(key, make());
				return this.shared.get(key) as T;
			},
		});
	}
}
