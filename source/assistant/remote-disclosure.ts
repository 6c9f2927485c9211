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
	 * The disclosure text the first time for `baseUrl` (and remembers it), else
	 * undefined. A state file that cannot be read or written only means the
	 * notice shows again.
	 */
	async noticeFor(baseUrl: string): Promise<string | undefined> {
		if (await this.isAcknowledged(baseUrl)) return undefined;
		await this.acknowledge(baseUrl).catch(() => undefined);
		return remoteDisclosure(baseUrl);
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
