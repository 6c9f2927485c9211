import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {afterAll, describe, expect, it} from 'vitest';
import {refusedUrl, startFakeOpenAI} from '../fixtures/fake-openai.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {postAsk} from './ask-client.js';

const dir = tempDir('aws-cost-serve-chat-');
const env = isolatedEnv(dir.path, {OPENAI_API_KEY: '', OPENAI_BASE_URL: '', OLLAMA_HOST: ''});
afterAll(() => dir.remove());

describe('aws-cost serve: the chat flags', () => {
	it.each<[string[], RegExp]>([
		[['--provider', 'gemini'], /^aws-cost: Unknown chat provider "gemini": use ollama or openai, or --offline\.\n$/],
		[['--offline', '--model', 'x'], /^aws-cost: --offline answers without a model: drop --provider\/--model\.\n$/],
	])('refuses %j in one line, exit 2', async (flags, message) => {
		const run = await runCliInProcess(['serve', '--demo', '--port', '0', ...flags], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
	});

	it('refuses a remote provider no one agreed to, sending nothing', async () => {
		const model = await startFakeOpenAI({replies: []});
		try {
			const run = await runCliInProcess(['serve', '--demo', '--port', '0', '--provider', 'openai'], {...env, AWS_COST_OPENAI_BASE_URL: model.url, AWS_COST_OPENAI_API_KEY: 'sk-test'});
			expect(run.code).toBe(2);
			expect(run.stderr).toBe(
				`aws-cost: --provider openai would send questions to ${model.url}, which no one has agreed to here: pass --yes-remote (the notice of what is sent is printed), or use --offline.\n`,
			);
			expect(model.requests).toHaveLength(0);
		} finally {
			await model.close();
		}
	});

	it('serves /api/v1/ask from its own process: Ollama unreachable, so the offline parser answers', async () => {
		const ollama = await refusedUrl();
		const child = spawn(process.execPath, ['--import', 'tsx', 'cli.ts', 'serve', '--demo', '--port', '0'], {
			cwd: new URL('../..', import.meta.url).pathname,
			env: {...env, OLLAMA_HOST: ollama},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		try {
			let output = '';
			const url = await new Promise<string>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => {
					output += chunk.toString();
					const match = /serving .* on (http:\/\/\S+)/.exec(output);
					if (match) resolve(match[1]!);
				});
				child.once('exit', code => reject(new Error(`serve exited ${code}`)));
			});
			const response = await postAsk(url, {question: 'How much did I spend on S3 last month?'});
			expect(response.status).toBe(200);
			expect(await response.json()).toMatchObject({provider: 'offline', outcome: 'offline', notices: [expect.stringContaining(`Ollama is not running at ${ollama}`)]});
		} finally {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await once(child, 'exit');
			}
		}
	});
});
