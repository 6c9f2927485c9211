import type {RedisClientType} from 'redis';
import type {CacheStorage} from './cache-storage.js';
import {reasonOf} from './cache-file.js';
import {redactedUrl} from './redis-url.js';

export interface RedisStorageOptions {
	/** `redis://[user:password@]host:port[/db]` or `rediss://…`. */
	readonly url: string;
	/** Told once per outage, in one line, that Redis cannot be used and the lower tiers answer. */
	readonly warn: (message: string) => void;
	/** Told when Redis is back. */
	readonly log?: (line: string) => void;
	/** Every command gives up after this long, ms: a hung Redis costs a miss, never a hang. */
	readonly commandTimeoutMs?: number;
	/** How long opening waits for the first connection before going on without Redis (it keeps trying), ms. */
	readonly connectWaitMs?: number;
	/** Keys are prefixed with it, so a Redis shared with other programs keeps ours apart. */
	readonly keyPrefix?: string;
}

const DEFAULT_COMMAND_TIMEOUT_MS = 1000;
const DEFAULT_CONNECT_WAIT_MS = 2000;
const SCAN_BATCH = 500;

/**
 * L3: the shared Redis as a cache store. Every command has a timeout and fails
 * at once while the connection is down (no offline queue), so callers treat
 * Redis trouble as a miss or a lost write. The client reconnects by itself;
 * the first failure of an outage is one warning, the recovery one log line.
 */
export class RedisStorage implements CacheStorage {
	readonly where: string;
	private readonly client: RedisClientType;
	private readonly options: RedisStorageOptions;
	private readonly prefix: string;
	private readonly timeoutMs: number;
	private problem: string | undefined;
	private closed = false;

	private constructor(client: RedisClientType, options: RedisStorageOptions) {
		this.client = client;
		this.options = options;
		this.where = redactedUrl(options.url);
		this.prefix = options.keyPrefix ?? 'aws-cost:';
		this.timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
	}

	/** Connects, waiting at most `connectWaitMs` (or until the first failure); a Redis that does not answer by then is one warning, and tried again in the background. */
	static async open(options: RedisStorageOptions): Promise<RedisStorage> {
		const {createClient} = await import('redis');
		const timeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
		const client = createClient({
			url: options.url,
			disableOfflineQueue: true,
			socket: {connectTimeout: timeoutMs, reconnectStrategy: retries => Math.min(50 * 2 ** Math.min(retries, 5), 1000)},
		}) as unknown as RedisClientType;
		const storage = new RedisStorage(client, options);
		client.on('error', (error: unknown) => storage.failed(error));
		client.on('ready', () => storage.recovered());
		const connecting = client.connect().catch(() => undefined);
		const waitMs = options.connectWaitMs ?? DEFAULT_CONNECT_WAIT_MS;
		let timer: NodeJS.Timeout | undefined;
		// A refused connection is known at once: no need to wait out the whole delay.
		const firstError = new Promise(resolve => client.once('error', resolve));
		await Promise.race([connecting, firstError, new Promise(resolve => (timer = setTimeout(resolve, waitMs)))]);
		clearTimeout(timer);
		if (!client.isReady) storage.failed(new Error(`no connection within ${waitMs} ms`));
		return storage;
	}

	/** Whether the last word from Redis was good. */
	get available(): boolean {
		return !this.closed && this.client.isReady && this.problem === undefined;
	}

	/** Why Redis cannot be used now; undefined while it can. */
	get unavailableReason(): string | undefined {
		if (this.available) return undefined;
		return this.problem ?? 'not connected';
	}

	async get(key: string): Promise<string | undefined> {
		const value = await this.command<string | null>(['GET', this.prefix + key]);
		return value ?? undefined;
	}

	async set(key: string, value: string, ttlMs?: number): Promise<void> {
		const ttl = ttlMs === undefined ? [] : ['PX', String(Math.max(1, Math.ceil(ttlMs)))];
		await this.command(['SET', this.prefix + key, value, ...ttl]);
	}

	async delete(key: string): Promise<void> {
		await this.command(['DEL', this.prefix + key]);
	}

	/** SET NX PX: true when this call created the key. */
	async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
		return (await this.command<string | null>(['SET', this.prefix + key, value, 'NX', 'PX', String(ttlMs)])) === 'OK';
	}

	/** Runs a Lua script on one key (prefixed here); its reply as Redis gives it. */
	async script<T>(source: string, key: string, ...args: string[]): Promise<T> {
		return this.command<T>(['EVAL', source, '1', this.prefix + key, ...args]);
	}

	async countKeys(prefix: string): Promise<number> {
		let count = 0;
		await this.scan(`${prefix}*`, async keys => {
			count += keys.length;
		});
		return count;
	}

	/** What our values take, bytes (their lengths, not Redis's own overhead). */
	async bytes(): Promise<number> {
		let bytes = 0;
		await this.scan('*', async keys => {
			const lengths = await Promise.all(keys.map(async key => this.command<number>(['STRLEN', key])));
			bytes += lengths.reduce((sum, length) => sum + length, 0);
		});
		return bytes;
	}

	/** Removes our keys only: other programs' keys in the same Redis stay. */
	async clear(): Promise<void> {
		await this.scan('*', async keys => {
			if (keys.length > 0) await this.command(['UNLINK', ...keys]);
		});
	}

	async close(): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		this.client.destroy();
	}

	/** Calls `visit` with each batch of our keys (prefixed) matching `pattern`. */
	private async scan(pattern: string, visit: (keys: string[]) => Promise<void>): Promise<void> {
		let cursor = '0';
		do {
			const [next, keys] = await this.command<[string, string[]]>(['SCAN', cursor, 'MATCH', escapeGlob(this.prefix) + pattern, 'COUNT', String(SCAN_BATCH)]);
			await visit(keys);
			cursor = next;
		} while (cursor !== '0');
	}

	private async command<T = unknown>(args: string[]): Promise<T> {
		if (this.closed) throw new Error('the Redis connection is closed');
		try {
			const reply = (await this.client.sendCommand(args, {timeout: this.timeoutMs})) as T;
			if (this.problem !== undefined && this.client.isReady) this.recovered();
			return reply;
		} catch (error) {
			this.failed(error);
			throw error;
		}
	}

	private failed(error: unknown): void {
		if (this.closed || this.problem !== undefined) return;
		this.problem = reasonOf(error);
		this.options.warn(`The shared cache at ${this.where} cannot be used (${this.problem}): answering from the memory and file caches, and trying to reconnect.`);
	}

	private recovered(): void {
		if (this.problem === undefined) return;
		this.problem = undefined;
		this.options.log?.(`The shared cache at ${this.where} is back: using it again.`);
	}
}

function escapeGlob(text: string): string {
	return text.replace(/[*?[\]\\]/g, character => `\\${character}`);
}
