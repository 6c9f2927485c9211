import {useCallback, useEffect, useState} from 'react';
import {OllamaProvider, type OllamaModel} from '../source/assistant/ollama-provider.js';
import type {ChatProvider} from '../source/assistant/provider.js';
import {isAbort} from '../source/assistant/provider-errors.js';
import {oneLineMessage} from '../source/errors.js';

/** What Ollama said when asked for its models (`/api/tags`). */
export type ModelList =
	| {readonly status: 'none'}
	| {readonly status: 'loading'}
	| {readonly status: 'ready'; readonly models: readonly OllamaModel[]}
	| {readonly status: 'failed'; readonly message: string};

/** Whether Ollama lists the model (`qwen2.5` is pulled as `qwen2.5:latest`). */
export const hasModel = (models: readonly OllamaModel[], model: string): boolean =>
	models.some(listed => listed.name === model || listed.name === `${model}:latest`);

/**
 * The models an Ollama provider has pulled (which also tells whether Ollama
 * runs at all): asked once `wanted` (the chat has focus), not at start-up,
 * where the request and the HTTP client it loads would delay the data and
 * the first keys; then again when the provider changes and on `reload`
 * (the picker opening). `none` until asked, and for other providers.
 */
export function useChatModels(provider: ChatProvider | undefined, wanted = true): {readonly list: ModelList; readonly reload: () => void} {
	const [list, setList] = useState<{readonly for: ChatProvider | undefined; readonly list: ModelList}>({for: undefined, list: {status: 'none'}});
	const [version, setVersion] = useState(0);
	// Once wanted, always: leaving the chat does not forget or re-ask.
	const [asked, setAsked] = useState(wanted);
	if (wanted && !asked) setAsked(true);
	const listing = asked || version > 0;
	useEffect(() => {
		if (!listing || !(provider instanceof OllamaProvider)) return undefined;
		const controller = new AbortController();
		setList(previous => ({for: provider, list: previous.for === provider && previous.list.status === 'ready' ? previous.list : {status: 'loading'}}));
		provider.listModels(controller.signal).then(
			models => setList({for: provider, list: {status: 'ready', models}}),
			(error: unknown) => {
				if (!isAbort(error, controller.signal)) setList({for: provider, list: {status: 'failed', message: oneLineMessage(error)}});
			},
		);
		return () => controller.abort();
	}, [provider, version, listing]);
	const reload = useCallback(() => setVersion(value => value + 1), []);
	if (list.for === provider) return {list: list.list, reload};
	return {list: {status: listing && provider instanceof OllamaProvider ? 'loading' : 'none'}, reload};
}
