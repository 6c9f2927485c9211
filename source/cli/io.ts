import {parseArgs, type ParseArgsConfig} from 'node:util';
import {badInput, CostError, oneLineMessage} from '../errors.js';
import type {Logger} from '../log.js';

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
		return parseArgs({args: [...argv], options, allowPositionals, strict: true});
	} catch (error) {
		const message = oneLineMessage(error).replace(/\. To specify a positional argument.*$/, '.');
		throw badInput(`${message} (see --help)`);
	}
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
		io.stderr.write(`aws-cost: ${oneLineMessage(error)}\n`);
		return error instanceof CostError ? error.exitCode : 1;
	}
}
