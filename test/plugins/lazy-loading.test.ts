import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {CommandIo} from '../../source/cli/io.js';
import {main} from '../../source/cli/main.js';
import {silentLogger} from '../../source/log.js';
import {pluginDir, pluginModule} from '../fixtures/plugin-dir.js';
import {runCliInProcess} from '../fixtures/run-cli.js';

const dir = pluginDir();
const marker = join(dir.path, 'imported');
// A plugin that leaves a mark when it is imported: nothing may import it but a command that needs it.
dir.write('spy.js', `import {writeFileSync} from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'yes');\n${pluginModule(`{apiVersion: 1, name: 'spy', exporters: [{name: 'spy', extension: 'txt', format: () => 'spied\\n'}]}`)}`);
dir.settings(['./spy.js']);
afterAll(() => dir.remove());

describe('plugins are loaded lazily', {timeout: 60_000}, () => {
	it('not by the app at start-up, nor by commands that need no plugin', async () => {
		const io: CommandIo & {stdinIsTty: boolean} = {
			stdout: {write: () => true, columns: 100, rows: 30, isTTY: true},
			stderr: {write: () => true},
			env: dir.env,
			logger: silentLogger,
			stdinIsTty: true,
		};
		expect(await main(['--demo'], io, {tui: async () => async () => 0})).toBe(0);
		for (const argv of [['query', '--demo', '--format', 'json'], ['query', '--demo', '--source', 'demo'], ['forecast', '--demo'], ['sources'], ['--help'], ['ask', '--offline', '--demo', 'What did EC2 cost last month?']]) {
			const run = await runCliInProcess(argv, dir.env);
			expect(run.code, `${argv.join(' ')}: ${run.stderr}`).toBe(0);
			expect(existsSync(marker), argv.join(' ')).toBe(false);
		}
	});

	it('by a command that names a format aws-cost lacks', async () => {
		const run = await runCliInProcess(['query', '--demo', '--format', 'spy'], dir.env);
		expect(run).toEqual({code: 0, stdout: 'spied\n', stderr: ''});
		expect(existsSync(marker)).toBe(true);
	});
});
