import {afterAll, expect, test} from 'vitest';
import type {CommandIo} from '../../source/cli/io.js';
import {main} from '../../source/cli/main.js';
import type {TuiLaunchOptions, TuiLauncher} from '../../source/cli/tui-command.js';
import {HistoryAccess} from '../../source/history/history-access.js';
import {historyLocation} from '../../source/history/open-history.js';
import {silentLogger} from '../../source/log.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-tui-view-');
afterAll(() => dir.remove());

function terminal() {
	const out: string[] = [];
	const err: string[] = [];
	const io: CommandIo & {stdinIsTty: boolean} = {
		stdout: {write: (text: string) => out.push(text), columns: 100, rows: 30, isTTY: true},
		stderr: {write: (text: string) => err.push(text)},
		env: isolatedEnv(dir.path),
		logger: silentLogger,
		stdinIsTty: true,
	};
	return {io, out, err};
}

const launcher = (seen: {options?: TuiLaunchOptions; launched: boolean}) => async () =>
	(async options => {
		seen.options = options;
		seen.launched = true;
		return 0;
	}) satisfies TuiLauncher;

test('aws-cost --view NAME opens the app on that saved view', {timeout: 60_000}, async () => {
	const {io} = terminal();
	await HistoryAccess.once(historyLocation(io.env), {}, store =>
		store.saveView({name: 'by region', options: {range: 'last-month', 'group-by': ['REGION']}, savedAt: '2026-11-01T00:00:00.000Z'}),
	);
	const seen: {options?: TuiLaunchOptions; launched: boolean} = {launched: false};
	expect(await main(['--demo', '--view', 'by region'], io, {tui: launcher(seen)})).toBe(0);
	expect(seen.options?.initialView).toMatchObject({name: 'by region', options: {range: 'last-month', 'group-by': ['REGION']}});
});

test.each([
	[['--view', 'nope'], 'aws-cost: No saved view named "nope" (aws-cost views list).\n'],
])('aws-cost %j: a one-line error, exit 2, the app never starts', {timeout: 60_000}, async (argv, message) => {
	const {io, out, err} = terminal();
	const seen = {launched: false};
	expect(await main(['--demo', ...argv], io, {tui: launcher(seen)})).toBe(2);
	expect(seen.launched).toBe(false);
	expect(err.join('')).toBe(message);
	// Refused before the alternate screen: the message lands on the normal screen.
	expect(out.join('')).not.toContain('\u001B[?1049h');
});
