import {constants} from 'node:fs';
import {access, open, rename, stat} from 'node:fs/promises';
import {dirname} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory, tightenFile} from '../private-files.js';
import {type CacheStorage, openKeyvStorage} from './cache-storage.js';

/** SQLite's companions of the database file: they hold its recent writes and locks. */
const companionSuffixes = ['-wal', '-shm', '-journal'] as const;

/** A cache file that cannot be used at all: the caller goes on without a cache. */
export class CacheUnavailableError extends Error {
	override readonly name = 'CacheUnavailableError';
}

/** SQLite saying the file is not a database it can read: a torn, truncated or foreign file. */
export function isDamagedFile(error: unknown): boolean {
	const code = (error as {code?: unknown} | undefined)?.code;
	return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

const plainReasons: Readonly<Record<string, string>> = {
	ENOTDIR: 'a file is in the way',
	EEXIST: 'a file is in the way',
	EISDIR: 'a directory is in the way',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on the device',
	SQLITE_READONLY: 'the file is read-only',
	SQLITE_CANTOPEN: 'SQLite cannot open it',
};

/** The reason in an error, fit for one line of a terminal: plain words, no control bytes, no error codes. */
export function reasonOf(error: unknown): string {
	const code = (error as {code?: unknown} | undefined)?.code;
	if (typeof code === 'string' && plainReasons[code] !== undefined) return plainReasons[code];
	const text = error instanceof Error ? error.message : String(error);
	const line = (text.split('\n')[0] ?? '')
		.replace(/^SQLITE_[A-Z_]+: /, '')
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
		.trim();
	return line.length > 160 ? `${line.slice(0, 159)}…` : line || 'unknown error';
}

/**
 * The SQLite file a cost cache lives in: opened private (0600 in a private
 * directory), and, when SQLite finds it damaged, moved aside for a new one.
 */
export class CacheFile {
	readonly path: string;
	private readonly now: () => number;
	/** The file the open storage reads, so a file another process already replaced is not moved aside. */
	private openedInode: number | undefined;

	constructor(path: string, now: () => number) {
		this.path = path;
		this.now = now;
	}

	/** Opens the file, replacing it when it is damaged; `onReplaced` is told where the damaged one went. */
	async open(onReplaced: (message: string) => void): Promise<CacheStorage> {
		try {
			await ensurePrivateDirectory(dirname(this.path));
		} catch (error) {
			throw new CacheUnavailableError(`Cannot use the cost cache directory ${dirname(this.path)} (${reasonOf(error)}).`);
		}
		try {
			return await this.openHere();
		} catch (error) {
			if (error instanceof CacheUnavailableError) throw error;
			if (!isDamagedFile(error)) throw new CacheUnavailableError(`Cannot use the cost cache at ${this.path} (${reasonOf(error)}).`);
			return this.replace(undefined, error, onReplaced);
		}
	}

	/**
	 * Moves the damaged file (and its companions) to `<path>.corrupt-<time>`
	 * and opens a new one in its place. `broken` is closed first.
	 */
	async replace(broken: CacheStorage | undefined, damage: unknown, onReplaced: (message: string) => void): Promise<CacheStorage> {
		await broken?.close().catch(() => undefined);
		const what = `The cost cache at ${this.path} was damaged (${reasonOf(damage)})`;
		let aside: string | undefined;
		try {
			aside = await this.moveAside();
		} catch (error) {
			throw new CacheUnavailableError(`${what} and cannot be moved aside (${reasonOf(error)}).`);
		}
		const moved = aside === undefined ? 'another process replaced it' : `moved it to ${aside}`;
		let fresh: CacheStorage;
		try {
			fresh = await this.openHere();
		} catch (error) {
			throw new CacheUnavailableError(`${what}: ${moved}, but a new one cannot be made (${reasonOf(error)}).`);
		}
		onReplaced(`${what}: ${moved} and started a new one.`);
		return fresh;
	}

	private async openHere(): Promise<CacheStorage> {
		await this.assertWritable(dirname(this.path), 'its directory is not writable');
		await createPrivately(this.path);
		await this.assertWritable(this.path, 'the file is read-only');
		// Best effort: a file someone else owns (a shared cache) cannot be tightened by us, and may still be used.
		const files = [this.path, ...companionSuffixes.map(suffix => `${this.path}${suffix}`)];
		await Promise.all(files.map(async file => tightenFile(file).catch(() => undefined)));
		const file = await stat(this.path);
		if (!file.isFile()) throw new CacheUnavailableError(`Cannot use the cost cache at ${this.path} (a directory or device is in the way).`);
		this.openedInode = file.ino;
		return openKeyvStorage(this.path);
	}

	/** SQLite opens a file it may not write read-only and fails later: a cache that cannot be written is not used. */
	private async assertWritable(path: string, problem: string): Promise<void> {
		try {
			await access(path, constants.W_OK);
		} catch {
			throw new CacheUnavailableError(`Cannot use the cost cache at ${this.path} (${problem}).`);
		}
	}

	/** Where the damaged file went; undefined when the file there is no longer the one we opened. */
	private async moveAside(): Promise<string | undefined> {
		const current = await stat(this.path).catch(() => undefined);
		if (current === undefined || (this.openedInode !== undefined && current.ino !== this.openedInode)) return undefined;
		const aside = `${this.path}.corrupt-${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}`;
		await rename(this.path, aside);
		// The companions keep their suffixes, so SQLite can open the damaged copy whole for a post-mortem.
		for (const suffix of companionSuffixes) await rename(`${this.path}${suffix}`, `${aside}${suffix}`).catch(() => undefined);
		return aside;
	}
}

/** Creates the file 0600 before SQLite does (it would use 0644); its -wal and -shm copy that mode. */
async function createPrivately(path: string): Promise<void> {
	try {
		const handle = await open(path, 'wx', PRIVATE_FILE_MODE);
		await handle.close();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
}
