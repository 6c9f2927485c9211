import {describe, expect, it} from 'vitest';
import {resolveOllamaHost} from '../../source/assistant/ollama-host.js';

describe('resolveOllamaHost', () => {
	it.each([
		[undefined, undefined, 'http://127.0.0.1:11434'],
		[undefined, '', 'http://127.0.0.1:11434'],
		[undefined, 'localhost', 'http://localhost:11434'],
		[undefined, '0.0.0.0', 'http://127.0.0.1:11434'],
		[undefined, '0.0.0.0:11434', 'http://127.0.0.1:11434'],
		[undefined, '0.0.0.0:9000', 'http://127.0.0.1:9000'],
		[undefined, ':11500', 'http://127.0.0.1:11500'],
		[undefined, 'gpu-box:11434', 'http://gpu-box:11434'],
		[undefined, '[::]:11434', 'http://[::1]:11434'],
		[undefined, 'http://gpu-box', 'http://gpu-box:80'],
		[undefined, 'https://ollama.example.com', 'https://ollama.example.com:443'],
		[undefined, 'http://127.0.0.1:11434/', 'http://127.0.0.1:11434'],
		[undefined, 'https://proxy.example.com/ollama/', 'https://proxy.example.com:443/ollama'],
		['localhost:8080', 'gpu-box', 'http://localhost:8080'],
		['  ', 'gpu-box', 'http://gpu-box:11434'],
	])('config %j, OLLAMA_HOST %j → %s', (configured, envHost, expected) => {
		const env = envHost === undefined ? {} : {OLLAMA_HOST: envHost};
		expect(resolveOllamaHost(configured, env)).toBe(expected);
	});
});
