import {resolveToday} from '../clock.js';
import type {IsoDate} from '../dates.js';
import type {HistoryRecorder} from '../history/history-recorder.js';
import type {Logger} from '../log.js';
import {Session} from '../session.js';
import {countEngines, type EngineCounts, NO_COUNTS, type ScopedEngine} from './engine-counts.js';

export interface ServerSessionOptions {
	/** `--today` as given: pins the day; otherwise the clock decides per request. */
	readonly todayFlag: string | undefined;
	readonly env: NodeJS.ProcessEnv;
	readonly logger: Logger;
	readonly timeoutMs: number;
	readonly cacheMode: 'use' | 'off';
	readonly cachePath?: string;
	readonly now?: () => Date;
	/** Records what every day's session answers; closed with the sessions. */
	readonly history?: HistoryRecorder;
}

interface Tracked {
	readonly today: IsoDate;
	readonly session: Session;
	inFlight: number;
	idle: (() => void) | undefined;
}

/**
 * One Session (cache, engines, rate limiter) for the current day. A server
 * runs for weeks: when the day turns, new requests get a session for the new
 * day; the old one closes once its requests are done.
 */
export class ServerSessions {
	private readonly options: ServerSessionOptions;
	private current: Tracked | undefined;
	private readonly retired = new Set<Promise<void>>();
	/** What the engines of retired days counted, so the metrics never go down when the day turns. */
	private retiredCounts: EngineCounts = NO_COUNTS;

	get cacheMode(): 'use' | 'off' {
		return this.options.cacheMode;
	}

	constructor(options: ServerSessionOptions) {
		this.options = options;
	}

	today(): IsoDate {
		return resolveToday(this.options.todayFlag, this.options.env, this.options.now?.() ?? new Date());
	}

	/** Runs `work` with the day's session; a session retired meanwhile closes only after `work` ends. */
	async use<T>(work: (session: Session) => Promise<T>): Promise<T> {
		const tracked = this.tracked();
		tracked.inFlight++;
		try {
			return await work(tracked.session);
		} finally {
			tracked.inFlight--;
			if (tracked.inFlight === 0) tracked.idle?.();
		}
	}

	private tracked(): Tracked {
		const today = this.today();
		if (this.current?.today === today) return this.current;
		const previous = this.current;
		this.current = {
			today,
			inFlight: 0,
			idle: undefined,
			session: new Session({
				today,
				cacheMode: this.options.cacheMode,
				env: this.options.env,
				logger: this.options.logger,
				timeoutMs: this.options.timeoutMs,
				warn: message => this.options.logger(`warning: ${message}`),
				warnWritesLog: true,
				...(this.options.cachePath === undefined ? {} : {cachePath: this.options.cachePath}),
				...(this.options.history === undefined ? {} : {history: this.options.history, keepHistoryOpen: true}),
			}),
		};
		if (previous !== undefined) this.retire(previous);
		return this.current;
	}

	/** The current day's engines (for metrics); none is created. */
	async engines(): Promise<readonly ScopedEngine[]> {
		return (await this.current?.session.openEngines()) ?? [];
	}

	/** Everything the engines have counted since the server started, retired days included. */
	async counts(): Promise<EngineCounts> {
		return countEngines(await this.engines(), this.retiredCounts);
	}

	/** Closes every session, waiting for their cache writes. */
	async close(): Promise<void> {
		const current = this.current;
		this.current = undefined;
		if (current !== undefined) this.retire(current);
		await Promise.all(this.retired);
		await this.options.history?.close();
	}

	/** Why the query history is degraded (its PostgreSQL unreachable), for /ready; undefined when fine or not recorded. */
	historyProblem(): string | undefined {
		return this.options.history?.degraded();
	}

	private retire(tracked: Tracked): void {
		const idle = tracked.inFlight === 0 ? Promise.resolve() : new Promise<void>(resolve => (tracked.idle = resolve));
		const closing = idle
			.then(async () => {
				this.retiredCounts = countEngines(await tracked.session.openEngines(), this.retiredCounts);
				await tracked.session.close();
			})
			.catch((error: unknown) => this.options.logger(`session close failed: ${String(error)}`));
		this.retired.add(closing);
		void closing.finally(() => this.retired.delete(closing));
	}
}
