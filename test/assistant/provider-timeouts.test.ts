import {afterEach, describe, expect, it} from 'vitest';
import {OllamaProvider} from '../../source/assistant/ollama-provider.js';
import {OpenAIProvider} from '../../source/assistant/openai-provider.js';
import type {ChatProvider} from '../../source/assistant/provider.js';
import {CostError} from '../../source/errors.js';
import {type SilentServer, startSilentServer} from '../fixtures/silent-server.js';

let server: SilentServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function chatFailure(provider: ChatProvider): Promise<CostError> {
	const error = await (async () => {
		for await (const _event of provider.chat([{role: 'user', content: 'hi'}], [])) void _event;
	})().then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(CostError);
	return error as CostError;
}

describe('chat providers give up on an endpoint that accepts the connection and never answers', () => {
	it('Ollama: one line naming the host and saying "timed out"', async () => {
		server = await startSilentServer();
		const failure = await chatFailure(new OllamaProvider({host: server.endpoint, env: {}, timeoutMs: 600}));
		expect(failure.message).toContain(server.endpoint);
		expect(failure.message).toMatch(/timed out/);
		expect(failure.message).not.toContain('\n');
		expect(server.connections()).toBeGreaterThan(0);
	});

	it('Ollama: the model list times out too, with AWS_COST_TIMEOUT', async () => {
		server = await startSilentServer();
		const provider = new OllamaProvider({host: server.endpoint, env: {AWS_COST_TIMEOUT: '0.2'}});
		await expect(provider.listModels()).rejects.toThrow(/timed out/);
	});

	it('OpenAI-compatible: one line naming the endpoint and saying "timed out"', async () => {
		server = await startSilentServer();
		const failure = await chatFailure(new OpenAIProvider({baseUrl: `${server.endpoint}/v1`, model: 'm', env: {}, timeoutMs: 200}));
		expect(failure.message).toContain(`${server.endpoint}/v1`);
		expect(failure.message).toMatch(/timed out/);
	});

	it('a caller who cancels gets the cancellation, not a timeout', async () => {
		server = await startSilentServer();
		const provider = new OllamaProvider({host: server.endpoint, env: {}, timeoutMs: 10_000});
		const controller = new AbortController();
		const chat = (async () => {
			for await (const _event of provider.chat([{role: 'user', content: 'hi'}], [], controller.signal)) void _event;
		})();
		setTimeout(() => controller.abort(), 50);
		await expect(chat).rejects.toMatchObject({name: 'AbortError'});
	});
});
