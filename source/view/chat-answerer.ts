import type {ProviderName} from '../assistant/provider.js';

/** Who answers chat questions now, for the status bar and the pane's title. */
export type AnswererStatus =
	| {readonly kind: 'model'; readonly provider: ProviderName; readonly model: string}
	/** `reason`: why the offline parser answers instead of the configured model; none with --offline. */
	| {readonly kind: 'offline'; readonly reason?: string};

const shortReasons: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
	[/Ollama is not running/, () => 'Ollama not running'],
	[/run `(ollama pull [^`]+)`/, match => match[1]!],
	[/cannot call tools/, () => 'model cannot call tools'],
	[/rejected the API key/, () => 'API key rejected'],
	[/rate-limiting/, () => 'rate-limited'],
	[/failed \(5\d\d\)/, () => 'remote failing'],
	[/Cannot reach the model endpoint/, () => 'remote unreachable'],
	[/is not a URL|must be http|needs an API key/, () => 'remote not configured'],
];

/** A few words for why a model is not answering, from its one-line message. */
export function shortReason(message: string): string {
	for (const [pattern, words] of shortReasons) {
		const match = pattern.exec(message);
		if (match) return words(match);
	}
	return 'model unavailable';
}

/** "chat: ollama qwen2.5", "chat: remote gpt-4o-mini", "chat: offline parser (Ollama not running)". */
export function answererLabel(status: AnswererStatus): string {
	if (status.kind === 'model') return `chat: ${status.provider === 'ollama' ? 'ollama' : 'remote'} ${status.model}`;
	return status.reason === undefined ? 'chat: offline parser' : `chat: offline parser (${shortReason(status.reason)})`;
}
