import {expect, test} from 'vitest';
import {DEFAULT_SETTINGS, parseSettings} from '../../source/settings.js';

test('chat settings: provider, model and endpoints are kept, trimmed', () => {
	const {settings, problems} = parseSettings({provider: 'openai', model: ' llama3.2 ', ollamaHost: '127.0.0.1:11500', openaiBaseUrl: 'http://127.0.0.1:1234/v1'});
	expect(problems).toEqual([]);
	expect(settings).toEqual({...DEFAULT_SETTINGS, provider: 'openai', model: 'llama3.2', ollamaHost: '127.0.0.1:11500', openaiBaseUrl: 'http://127.0.0.1:1234/v1'});
});

test('an unknown provider is reported and dropped; blank strings are unset', () => {
	const {settings, problems} = parseSettings({provider: 'claude', model: '  '});
	expect(problems).toEqual(['provider "claude" is not one of ollama, openai, offline: using ollama.']);
	expect(settings).toEqual(DEFAULT_SETTINGS);
});
