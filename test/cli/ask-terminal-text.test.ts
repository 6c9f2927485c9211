import {afterAll, afterEach, expect, it} from 'vitest';
import {runAsk} from '../../source/cli/ask-command.js';
import {silentLogger} from '../../source/log.js';
import {type FakeServer, startFakeOllama, text} from '../fixtures/fake-ollama.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-ask-text-');
afterAll(() => dir.remove());
let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

it('a model’s escape sequences never reach the terminal; its line breaks do', async () => {
	server = await startFakeOllama({replies: [text('EC2 \u001B[2J\u001B]0;pwned\u0007led', '.\r\nS3 \u009B31mnext.')]});
	let stdout = '';
	const code = await runAsk(['What led?', '--demo', '--no-cache'], {
		stdout: {write: (chunk: string) => (stdout += chunk)},
		stderr: {write: () => true},
		env: isolatedEnv(dir.path, {OPENAI_API_KEY: '', OPENAI_BASE_URL: '', OLLAMA_HOST: server.url}),
		logger: silentLogger,
	});
	expect(code).toBe(0);
	expect(stdout).toBe('EC2 led.\nS3 next.\n');
});
