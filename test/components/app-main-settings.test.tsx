import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {runApp} from '../../components/app-main.js';
import {CostEngine} from '../../source/engine.js';
import {SettingsStore} from '../../source/settings.js';
import {FakeStdin, FakeStdout, TEST_TODAY} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let directory: string;
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-app-settings-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

/** Waits until a frame written since `from` shows the text; returns that frame. Ink writes whole frames here, but not only the last. */
async function until(stdout: FakeStdout, text: string, from = 0): Promise<string> {
	// A wait, not a speed bound: CI machines are shared and slow at times.
	const deadline = Date.now() + 15_000;
	for (;;) {
		const frame = stdout.frames.slice(from).map(written => stripVTControlCharacters(written)).find(written => written.includes(text));
		if (frame !== undefined) return frame;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${text}; frames:\n${stdout.frames.slice(-3).map(written => stripVTControlCharacters(written)).join('\n---\n')}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

const start = (stdout: FakeStdout, stdin: FakeStdin, extra: {noCredentials?: boolean} = {}) =>
	runApp({
		engineFor: async () => new CostEngine({source: new FakeCostSource(), today: TEST_TODAY}),
		initialScope: {source: 'demo'},
		today: TEST_TODAY,
		demo: true,
		...extra,
		settingsDirectory: directory,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
	});

test('a binding that takes a key another command uses is reported at start and in ?, and the key keeps doing what it did', async () => {
	await new SettingsStore({cwd: directory}).save({keyBindings: {export: ['j'], refresh: ['R'], help: ['Z']}});
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin);
	await until(stdout, 'Key j for export is already "Move the cursor down"');
	stdin.write('Z');
	const help = await until(stdout, 'Keys · Z or Esc closes', stdout.frames.length);
	expect(help).toContain('Key j for export is already "Move the cursor down" (cursorDown): export keeps e.');
	expect(help).toMatch(/R\s+Refresh/);
	const closed = stdout.frames.length;
	stdin.write('q');
	// The footer names the keys as bound: Z for help after rebinding it.
	const footer = await until(stdout, 'Z help', closed);
	expect(footer).not.toContain('? help');
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
});

test('when no credentials were found the app says so, and how to add them', async () => {
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin, {noCredentials: true});
	const frame = await until(stdout, 'no AWS credentials found');
	expect(frame).toContain('aws configure');
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
});
