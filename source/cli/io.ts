import {parseArgs, type ParseArgsConfig} from 'node:util';
import {badInput, CostError, oneLineMessage} from '../errors.js';
import type {Logger} from '../log.js';
import {terminalText} from '../terminal-text.js';
import {exitCodeOf} from './exit-codes.js';

export interface OutputStream {
	write(text: string): unknown;
	readonly columns?: number;
	readonly rows?: number;
	readonly isTTY?: boolean;
}

/** What a command may touch: passed in, so tests run commands in-process. */
export interface CommandIo {
	readonly stdout: OutputStream;
	readonly stderr: OutputStream;
	readonly env: NodeJS.ProcessEnv;
	readonly logger: Logger;
}

/** node:util parseArgs with its errors turned into one-line bad-input errors. */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig['options']>>(
	argv: readonly string[],
	options: Options,
	allowPositionals = false,
) {
	try {
		return parseArgs({args: joinNegativeValues(argv, options), options, allowPositionals, strict: true});
	} catch (error) {
		const message = oneLineMessage(error).replace(/\. To specify a positional argument.*$/, '.');
		throw badInput(`${message} (see --help)`);
	}
}

/**
 * `--horizon -5` as `--horizon=-5`: parseArgs takes a value that starts with
 * a dash for an option ("argument is ambiguous"); a negative number after a
 * string option is its value, for the option's own check to judge.
 */
function joinNegativeValues(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
	const joined: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		const next = argv[index + 1];
		const name = arg.startsWith('--') ? arg.slice(2) : undefined;
		if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\.?\d/.test(next)) {
			joined.push(`${arg}=${next}`);
			index++;
		} else joined.push(arg);
	}
	return joined;
}

/**
 * Runs a command body and turns any failure into one line on stderr and the
 * right exit code: 2 for bad input, 1 for everything else. Details go to the log.
 */
export async function runCommand(io: CommandIo, body: () => Promise<number>): Promise<number> {
	try {
		return await body();
	} catch (error) {
		io.logger(`error: ${error instanceof CostError ? `${error.kind} ${error.detail ?? ''}` : ''} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		io.stderr.write(`aws-cost: ${terminalText(oneLineMessage(error))}\n`);
		return exitCodeOf(error);
	}
}

/** One warning line on stderr: something degraded but did not stop the command. */
export function warnOn(io: CommandIo): (message: string) => void {
	return message => io.stderr.write(`aws-cost: warning: ${message}\n`);
}
