import {stripVTControlCharacters} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';
import type {CommandIo} from '../../source/cli/io.js';
import {main} from '../../source/cli/main.js';
import type {TuiLaunchOptions, TuiLauncher} from '../../source/cli/tui-command.js';
import {silentLogger} from '../../source/log.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-tui-');
afterAll(() => dir.remove());

const enterAlternate = '\u001B[?1049h';
const leaveAlternate = '\u001B[?1049l';

/** A terminal of 100×30 that logs stdout and stderr writes in one sequence. */
function terminal() {
	const log: {stream: 'stdout' | 'stderr'; text: string}[] = [];
	const io: CommandIo & {stdinIsTty: boolean} = {
		stdout: {write: (text: string) => log.push({stream: 'stdout', text}), columns: 100, rows: 30, isTTY: true},
		stderr: {write: (text: string) => log.push({stream: 'stderr', text})},
		env: isolatedEnv(dir.path),
		logger: silentLogger,
		stdinIsTty: true,
	};
	const stdout = () => log.filter(entry => entry.stream === 'stdout').map(entry => entry.text).join('');
	return {io, log, stdout};
}

describe('aws-cost (the full-screen app) at start-up', () => {
	it('paints the start-up frame before it starts loading the app', async () => {
		const {io, stdout} = terminal();
		let onScreenAtLaunch = '';
		let options: TuiLaunchOptions | undefined;
		const code = await main(['--demo'], io, {
			tui: async () => {
				onScreenAtLaunch = stdout();
				return (async launched => {
					options = launched;
					return 0;
				}) satisfies TuiLauncher;
			},
		});
		expect(code).toBe(0);
		expect(onScreenAtLaunch.startsWith(enterAlternate)).toBe(true);
		const frame = stripVTControlCharacters(onScreenAtLaunch);
		expect(frame).toContain('DEMO');
		expect(frame).toContain('Loading…');
		expect(options).toMatchObject({initialScope: {source: 'demo'}, demo: true});
		// Opened while the app loaded, so its first render can ask for the view at once.
		expect(options?.initialEngine?.capabilities.label).toBe('demo');
		expect(stdout().endsWith(`${leaveAlternate}\u001B[?25h`)).toBe(true);
	});

	it('without --demo and without credentials it opens the demo, and claims neither in the start-up frame', async () => {
		const {io, stdout} = terminal();
		let onScreenAtLaunch = '';
		let options: TuiLaunchOptions | undefined;
		await main([], io, {
			tui: async () => {
				onScreenAtLaunch = stdout();
				return async launched => {
					options = launched;
					return 0;
				};
			},
		});
		expect(stripVTControlCharacters(onScreenAtLaunch)).not.toContain('DEMO');
		expect(options).toMatchObject({initialScope: {source: 'demo'}, demo: true});
		expect(await options!.listProfiles()).toEqual([]);
	});

	it('gives the terminal back before it reports an app that fails to load, and leaves no signal handlers behind', async () => {
		const {io, log} = terminal();
		const handlers = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM') + process.listenerCount('exit');
		const before = handlers();
		const code = await main(['--demo'], io, {tui: () => Promise.reject(new Error('Cannot find module app-main'))});
		expect(code).toBe(1);
		expect(handlers()).toBe(before);
		const left = log.findIndex(entry => entry.stream === 'stdout' && entry.text.includes(leaveAlternate));
		const error = log.findIndex(entry => entry.stream === 'stderr');
		expect(left).toBeGreaterThan(-1);
		expect(error).toBeGreaterThan(left);
		expect(log[error]!.text).toBe('aws-cost: Cannot find module app-main\n');
	});
});
