import {type CacheFile, isDamagedFile} from './cache-file.js';
import type {CacheStorage} from './cache-storage.js';

/**
 * Storage that survives its file being found damaged mid-command (SQLite
 * often notices only when it reads the damaged page): the file is moved
 * aside once, a new one opened, and the operation run again on it. Other
 * failures reach the caller, which treats them as misses or lost writes.
 */
export class RecoveringStorage implements CacheStorage {
	private current: Promise<CacheStorage>;
	private readonly file: CacheFile;
	private readonly warn: (message: string) => void;
	private replacement: {readonly of: CacheStorage; readonly by: Promise<CacheStorage>} | undefined;

	constructor(storage: CacheStorage, file: CacheFile, warn: (message: string) => void) {
		this.current = Promise.resolve(storage);
		this.file = file;
		this.warn = warn;
	}

	get(key: string): Promise<string | undefined> {
		return this.attempt(async storage => storage.get(key));
	}

	set(key: string, value: string): Promise<void> {
		return this.attempt(async storage => storage.set(key, value));
	}

	delete(key: string): Promise<void> {
		return this.attempt(async storage => storage.delete(key));
	}

	countKeys(prefix: string): Promise<number> {
		return this.attempt(async storage => storage.countKeys(prefix));
	}

	clear(): Promise<void> {
		return this.attempt(async storage => storage.clear());
	}

	async close(): Promise<void> {
		const storage = await this.current.catch(() => undefined);
		await storage?.close();
	}

	private async attempt<Result>(work: (storage: CacheStorage) => Promise<Result>): Promise<Result> {
		const storage = await this.current;
		try {
			return await work(storage);
		} catch (error) {
			if (!isDamagedFile(error)) throw error;
			return work(await this.replace(storage, error));
		}
	}

	/** One replacement per damaged storage, however many operations found the damage at once. */
	private replace(broken: CacheStorage, damage: unknown): Promise<CacheStorage> {
		if (this.replacement?.of === broken) return this.replacement.by;
		const by = this.file.replace(broken, damage, this.warn).catch((error: unknown) => {
			this.warn(`${error instanceof Error ? error.message : String(error)} Continuing without the cache.`);
			throw error;
		});
		this.replacement = {of: broken, by};
		this.current = by;
		return by;
	}
}
