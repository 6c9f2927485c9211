import {createHash} from 'node:crypto';
import {readFile, rename, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory} from '../../private-files.js';

const KEEP_MS = 400 * 86_400_000;

/**
 * Which alerts went where, so each is sent once per anomaly or threshold
 * crossing, across restarts: `watch-state.json` in the state directory,
 * private (0600), written whole and renamed into place. Destinations are
 * kept as hashes: the file never holds a webhook URL.
 */
export class AlertState {
	private sent = new Map<string, string>();
	private readonly path: string;

	private constructor(directory: string) {
		this.path = join(directory, 'watch-state.json');
	}

	/** The state kept in `directory`; a missing or unreadable file starts empty (and says so in the log). */
	static async open(directory: string, log: (line: string) => void = () => {}): Promise<AlertState> {
		const state = new AlertState(directory);
		await ensurePrivateDirectory(directory);
		try {
			const raw = JSON.parse(await readFile(state.path, 'utf8')) as {version?: unknown; sent?: unknown};
			if (raw.version === 1 && typeof raw.sent === 'object' && raw.sent !== null) {
				for (const [key, at] of Object.entries(raw.sent)) if (typeof at === 'string') state.sent.set(key, at);
			}
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`watch: ${state.path} unreadable, starting afresh: ${String(error)}`);
		}
		return state;
	}

	static key(alertKey: string, destination: string): string {
		return `${alertKey} → ${createHash('sha256').update(destination).digest('hex').slice(0, 16)}`;
	}

	has(key: string): boolean {
		return this.sent.has(key);
	}

	/** Records a sent alert and writes the file before the next one goes. */
	async markSent(key: string, now: Date): Promise<void> {
		this.sent.set(key, now.toISOString());
		for (const [old, at] of this.sent) if (now.getTime() - Date.parse(at) > KEEP_MS) this.sent.delete(old);
		const temporary = `${this.path}.${process.pid}.tmp`;
		await writeFile(temporary, `${JSON.stringify({version: 1, sent: Object.fromEntries(this.sent)}, null, 1)}\n`, {mode: PRIVATE_FILE_MODE});
		await rename(temporary, this.path);
	}
}
