import {describe, expect, it} from 'vitest';
import {createChatProvider} from '../../source/assistant/create-provider.js';

describe('createChatProvider', () => {
	it.each([
		[{name: 'ollama', env: {}}, {name: 'ollama', model: 'qwen2.5', endpoint: 'http://127.0.0.1:11434'}],
		[{name: 'ollama', env: {OLLAMA_HOST: 'localhost'}, model: 'llama3.2'}, {name: 'ollama', model: 'llama3.2', endpoint: 'http://localhost:11434'}],
		[{name: 'ollama', env: {OLLAMA_HOST: 'localhost'}, endpoint: '0.0.0.0:9999'}, {name: 'ollama', model: 'qwen2.5', endpoint: 'http://127.0.0.1:9999'}],
		[{name: 'openai', env: {OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1'}}, {name: 'openai', model: 'gpt-4o-mini', endpoint: 'http://127.0.0.1:1234/v1'}],
		[{name: 'openai', env: {}, endpoint: 'http://127.0.0.1:8000/v1/', model: 'qwen'}, {name: 'openai', model: 'qwen', endpoint: 'http://127.0.0.1:8000/v1'}],
	] as const)('%j', (choice, expected) => {
		const provider = createChatProvider(choice);
		expect({name: provider.name, model: provider.model, endpoint: provider.endpoint}).toEqual(expected);
	});
});
