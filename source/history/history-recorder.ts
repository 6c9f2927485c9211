import type {AnsweredQuery} from '../engine.js';
import type {HistoryStore} from './history-store.js';
import type {ChatTurnRecord, QueryRecord} from './history-types.js';
import {type HistoryLocation, describeLocation, openHistory} from './open-history.js';
import {type QueryOrigin, currentQueryOrigin} from './query-origin.js';
import {queryRecordOf} from './query-record.js';

export interface HistoryRecorderOptions {
	readonly location: HistoryLocation;
	/** The local SQLite file queries wait in while a PostgreSQL location is unreachable. */
	readonly bufferPath: string;
	/** Who asks when no `withQueryOrigin` says otherwise (the CLI command, the app). */
	readonly origin: QueryOrigin;
	readonly retentionDays?: number;
	readonly timeoutMs?: number;
	/** One line for the person; said once per kind of trouble. */
	readonly warn: (message: string) => void;
	readonly now?: () => Date;
	/** How long after a failure PostgreSQL is tried again, ms. */
	readonly retryAfterMs?: number;
}

type Pending = {readonly queries: QueryRecord[]; readonly turns: ChatTurnRecord[]};

/** At most this many buffered records are moved per flush, so one flush stays short. */
const DRAIN_BATCH = 500;

/**
 * Records what the engines answered, after they answered: `record` only
 * queues (never waits, never throws); writes happen in the background in
 * order. When PostgreSQL is unreachable the records wait in the local SQLite
 * buffer (said once), and move over once it answers again.
 */
export class HistoryRecorder {
	private readonly options: HistoryRecorderOptions;
	private pending: Pending = {queries: [], turns: []};
	private writing: Promise<void> = Promise.resolve();
	private scheduled = false;
	private primary: Promise<HistoryStore> | undefined;
	private buffer: Promise<HistoryStore> | undefined;
	private failedAt: number | undefined;
	private problem: string | undefined;
	private readonly warned = new Set<string>();
	private closed = false;

	constructor(options: HistoryRecorderOptions) {
		this.options = options;
	}

	/** A run's report as a record, stamped with the origin around the call; written later. */
	recordAnswer(answered: AnsweredQuery): void {
		const origin = {...this.options.origin, ...currentQueryOrigin()};
		this.enqueue(queries => queries.queries.push(queryRecordOf(answered, origin, this.now())));
	}

	/** One chat question and its answer, kept with the conversation's queries. */
	recordChatTurn(turn: Omit<ChatTurnRecord, 'frontEnd' | 'tokenName' | 'askedAt'> & Partial<Pick<ChatTurnRecord, 'askedAt'>>): void {
		const origin = {...this.options.origin, ...currentQueryOrigin()};
		this.enqueue(pending =>
			pending.turns.push({...turn, askedAt: turn.askedAt ?? this.now().toISOString(), frontEnd: origin.frontEnd ?? 'cli', tokenName: origin.tokenName ?? null}),
		);
	}

	/** Why the history is degraded right now (PostgreSQL unreachable, records buffered), for `/ready`; undefined when fine. */
	degraded(): string | undefined {
		return this.problem;
	}

	/** Resolves once everything recorded so far is written (or buffered, or given up with a warning). */
	async flush(): Promise<void> {
		this.scheduled = false;
		this.writing = this.writing.then(() => this.writePending());
		await this.writing;
	}

	/** Flushes, then closes the stores. */
	async close(): Promise<void> {
		if (this.closed) return;
		await this.flush();
		this.closed = true;
		const stores = await Promise.all([this.primary, this.buffer].map(store => store?.catch(() => undefined)));
		await Promise.all(stores.map(store => store?.close().catch(() => undefined)));
	}

	private enqueue(add: (pending: Pending) => void): void {
		if (this.closed) return;
		add(this.pending);
		if (this.scheduled) return;
		this.scheduled = true;
		// After the caller has used its answer: recording never delays it.
		setImmediate(() => void this.flush());
	}

	private now(): Date {
		return this.options.now?.() ?? new Date();
	}

	private async writePending(): Promise<void> {
		const batch = this.pending;
		this.pending = {queries: [], turns: []};
		const primary = await this.primaryStore();
		if (primary !== undefined) {
			try {
				await write(primary, batch);
				if (this.options.location.kind === 'postgres') await this.drainBuffer(primary);
				this.recovered();
				return;
			} catch (error) {
				this.unreachable(error);
				if (this.options.location.kind === 'sqlite') return;
			}
		}
		if (batch.queries.length === 0 && batch.turns.length === 0) return;
		try {
			await write(await this.bufferStore(), batch);
		} catch (error) {
			this.warnOnce('buffer', `Query history not recorded: ${messageOf(error)}`);
		}
	}

	/** The configured store, opened once; after a failure, tried again only once the retry delay has passed. */
	private async primaryStore(): Promise<HistoryStore | undefined> {
		if (this.failedAt !== undefined && this.now().getTime() - this.failedAt < (this.options.retryAfterMs ?? 5000)) return undefined;
		this.primary ??= openHistory(this.options.location, {
			...(this.options.timeoutMs === undefined ? {} : {timeoutMs: this.options.timeoutMs}),
			...(this.options.retentionDays === undefined ? {} : {retentionDays: this.options.retentionDays}),
			...(this.options.now === undefined ? {} : {now: this.options.now}),
		});
		try {
			return await this.primary;
		} catch (error) {
			this.primary = undefined;
			this.unreachable(error);
			return undefined;
		}
	}

	private bufferStore(): Promise<HistoryStore> {
		this.buffer ??= openHistory({kind: 'sqlite', path: this.options.bufferPath}, this.options.timeoutMs === undefined ? {} : {timeoutMs: this.options.timeoutMs});
		this.buffer.catch(() => (this.buffer = undefined));
		return this.buffer;
	}

	/** Moves what waited in the buffer to PostgreSQL; records are written before they are forgotten, and kept once (record ids). */
	private async drainBuffer(primary: HistoryStore): Promise<void> {
		const buffer = await this.bufferStore();
		for (;;) {
			const queries = await buffer.listQueries({limit: DRAIN_BATCH});
			const turns = await buffer.listChatTurns({limit: DRAIN_BATCH});
			if (queries.length === 0 && turns.length === 0) return;
			await write(primary, {queries: [...queries], turns: [...turns]});
			await buffer.forget(
				queries.map(query => query.recordId),
				turns.map(turn => turn.recordId),
			);
		}
	}

	private unreachable(error: unknown): void {
		this.failedAt = this.now().getTime();
		const where = describeLocation(this.options.location);
		this.problem = `history store ${where} unreachable: ${messageOf(error)}`;
		const buffered = this.options.location.kind === 'postgres' ? ` Queries are kept in ${this.options.bufferPath} until it is back.` : '';
		this.warnOnce('primary', `The history store is unreachable (${messageOf(error)}).${buffered}`);
	}

	private recovered(): void {
		if (this.failedAt === undefined) return;
		this.failedAt = undefined;
		this.problem = undefined;
		this.warned.delete('primary');
	}

	private warnOnce(kind: string, message: string): void {
		if (this.warned.has(kind)) return;
		this.warned.add(kind);
		this.options.warn(message);
	}
}

async function write(store: HistoryStore, batch: Pending): Promise<void> {
	if (batch.queries.length > 0) await store.recordQueries(batch.queries);
	if (batch.turns.length > 0) await store.recordChatTurns(batch.turns);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error)) || 'unknown error';
