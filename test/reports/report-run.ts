import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {CommandIo} from '../../source/cli/io.js';
import {main} from '../../source/cli/main.js';

export interface LoggedRun {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
	/** Everything the command logged: secrets must not be in it either. */
	readonly log: string;
}

/** Runs `aws-cost ARGV` in this process, keeping its log lines. */
export async function runLogged(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<LoggedRun> {
	let stdout = '';
	let stderr = '';
	let log = '';
	const io: CommandIo & {stdinIsTty: boolean} = {
		stdout: {write: (text: string) => (stdout += text), columns: 100, isTTY: false},
		stderr: {write: (text: string) => (stderr += text)},
		env,
		logger: line => (log += `${line}\n`),
		stdinIsTty: false,
	};
	const code = await main(argv, io, {tui: () => Promise.reject(new Error('no TUI in tests'))});
	return {code, stdout, stderr, log};
}

/** Writes the settings file (config.json) where `env` makes aws-cost look for it. */
export function writeSettings(env: NodeJS.ProcessEnv, settings: Record<string, unknown>): void {
	const dir = env['AWS_COST_CONFIG_DIR']!;
	mkdirSync(dir, {recursive: true});
	writeFileSync(join(dir, 'config.json'), JSON.stringify(settings), {mode: 0o600});
}
