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
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-app-main-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

let written = (): string[] => [];
async function until(check: () => boolean): Promise<void> {
	// A wait, not a speed bound: CI machines are shared and slow at times.
	const deadline = Date.now() + 15_000;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('Timed out; written: ' + JSON.stringify(written()).slice(0, 600));
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

const start = (stdout: FakeStdout, stdin: FakeStdin, theme?: string) => {
	written = () => stdout.frames;
	return (
	runApp({
		engineFor: async () => new CostEngine({source: new FakeCostSource(), today: TEST_TODAY}),
		initialScope: {source: 'demo'},
		today: TEST_TODAY,
		demo: true,
		...(theme === undefined ? {} : {theme}),
		settingsDirectory: directory,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
	}));
};

test('enters the alternate screen, and leaves it when the user quits', async () => {
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin);
	await until(() => stdout.frames.some(frame => stripVTControlCharacters(frame).includes('Up to date')));
	expect(stdout.frames[0]).toBe('\u001B[?1049h\u001B[?2004h');
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
	expect(stdout.frames.join('')).toContain('\u001B[?1049l');
	expect(stdout.frames.join('').lastIndexOf('\u001B[?2004l')).toBeGreaterThan(stdout.frames.join('').lastIndexOf('\u001B[?2004h'));
	expect(stdout.frames.join('').lastIndexOf('\u001B[?1049l')).toBeGreaterThan(stdout.frames.join('').lastIndexOf('\u001B[?1049h'));
});

test('Ctrl-C quits cleanly too', async () => {
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin);
	await until(() => stdout.frames.some(frame => stripVTControlCharacters(frame).includes('DEMO')));
	stdin.write('\u0003');
	await expect(exitCode).resolves.toBe(0);
	expect(stdout.frames.join('')).toContain('\u001B[?1049l');
});

test('Ctrl-C read together with other keys quits too', async () => {
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin);
	await until(() => stdout.frames.some(frame => stripVTControlCharacters(frame).includes('DEMO')));
	stdin.write('jj\u0003');
	await expect(exitCode).resolves.toBe(0);
});

test('bad key bindings in the settings are a one-line notice, and the defaults still work', async () => {
	await new SettingsStore({cwd: directory}).save({keyBindings: {quit: ['shift+banana']}});
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	const exitCode = start(stdout, stdin);
	await until(() => stdout.frames.some(frame => stripVTControlCharacters(frame).includes('Key binding for quit')));
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
});

test('with the engine already open, the first frame the app draws shows the figures, not a loading frame', async () => {
	const stdout = new FakeStdout(120, 40);
	const stdin = new FakeStdin();
	written = () => stdout.frames;
	const engine = new CostEngine({source: new FakeCostSource(), today: TEST_TODAY});
	const exitCode = runApp({
		engineFor: async () => engine,
		initialScope: {source: 'demo'},
		initialEngine: engine,
		// A busy machine must not turn this into a test of speed.
		firstViewWaitMs: 60_000,
		today: TEST_TODAY,
		demo: true,
		settingsDirectory: directory,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
	});
	await until(() => stdout.frames.some(frame => stripVTControlCharacters(frame).includes('Amazon EC2')));
	const firstFrame = stdout.frames.map(frame => stripVTControlCharacters(frame)).find(frame => frame.includes('DEMO'));
	expect(firstFrame).toContain('Amazon EC2');
	expect(firstFrame).not.toContain('Loading');
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
});
