import {readFile, rename, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectory, tightenFile} from '../private-files.js';

/**
 * What a remote model gets to see, said before the first request to it: the
 * question, the system prompt (today's date and the current view as a query)
 * and tool results, which are aggregated cost tables. Never credentials.
 */
export function remoteDisclosure(baseUrl: string): string {
	return [
		`Questions will be sent to the model at ${baseUrl}. It receives: your question and the conversation so far;`,
		"a system prompt with today's date and the current view (period, grouping, filter, metric);",
		'and the results of the cost queries it asks for: aggregated tables (service, account, region, tag values and amounts).',
		'It never receives AWS credentials, keys or raw billing files. Use --provider ollama or --offline to keep everything on this machine.',
	].join('\n');
}

/** What may happen with a remote endpoint: send (acknowledged, agreed, allowed-once) or not. */
export type RemoteConsent = 'acknowledged' | 'agreed' | 'allowed-once' | 'declined' | 'needs-consent';

export interface ConsentOptions {
	/** `--yes-remote`: send this time, the notice shown, nothing remembered. */
	readonly yesRemote: boolean;
	/** Asks a person and resolves to their yes; absent when nobody can answer (no terminal). */
	readonly confirm?: (prompt: string) => Promise<boolean>;
	readonly showNotice: (text: string) => void;
}

/** Whether a consent lets the question be sent. */
export const maySend = (consent: RemoteConsent): boolean => consent === 'acknowledged' || consent === 'agreed' || consent === 'allowed-once';

interface AcknowledgedFile {
	readonly acknowledged: readonly string[];
}

/** Remembers which base URLs were told about, in `<stateDir>/remote-endpoints.json`. */
export class DisclosureLog {
	private readonly path: string;

	constructor(private readonly stateDir: string) {
		this.path = join(stateDir, 'remote-endpoints.json');
	}

	async isAcknowledged(baseUrl: string): Promise<boolean> {
		return (await this.read()).includes(baseUrl);
	}

	async acknowledge(baseUrl: string): Promise<void> {
		const known = await this.read();
		if (known.includes(baseUrl)) return;
		await ensurePrivateDirectory(this.stateDir);
		const temporary = `${this.path}.${process.pid}.tmp`;
		const text = `${JSON.stringify({acknowledged: [...known, baseUrl]} satisfies AcknowledgedFile, null, '\t')}\n`;
		await writeFile(temporary, text, {mode: PRIVATE_FILE_MODE});
		await rename(temporary, this.path);
	}

	/**
	 * Whether a question may go to `baseUrl`. An endpoint a person agreed to
	 * before (here or in the app) may; otherwise the notice is shown and a
	 * person asked once (`confirm`, only where one can answer), and a yes is
	 * remembered. `yesRemote` (the script's `--yes-remote`) lets this run
	 * send after showing the notice, but is no person's yes, so nothing is
	 * remembered. Without either, nothing may be sent. A state file that
	 * cannot be read or written only means the question is asked again.
	 */
	async consent(baseUrl: string, options: ConsentOptions): Promise<RemoteConsent> {
		if (await this.isAcknowledged(baseUrl)) return 'acknowledged';
		if (options.confirm === undefined && !options.yesRemote) return 'needs-consent';
		options.showNotice(remoteDisclosure(baseUrl));
		if (options.yesRemote) return 'allowed-once';
		if (!(await options.confirm!(`Send questions to ${baseUrl}? [y/N] `))) return 'declined';
		await this.acknowledge(baseUrl).catch(() => undefined);
		return 'agreed';
	}

	private async read(): Promise<readonly string[]> {
		try {
			const parsed = JSON.parse(await readFile(this.path, 'utf8')) as Partial<AcknowledgedFile>;
			await tightenFile(this.path).catch(() => undefined);
			return Array.isArray(parsed.acknowledged) ? parsed.acknowledged.filter(url => typeof url === 'string') : [];
		} catch {
			return [];
		}
	}
}
