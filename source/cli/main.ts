import packageJson from '../../package.json' with {type: 'json'};
import {registerBuiltinCommands} from './builtin-commands.js';
import {withQueryOrigin} from '../history/query-origin.js';
import {commandNamed, registeredCommands} from './commands.js';
import type {CommandIo} from './io.js';
import {runTui, type TuiLauncher} from './tui-command.js';
import {terminalText} from '../terminal-text.js';

registerBuiltinCommands();

/** `aws-cost --help`: the app's options, then one line per registered command. */
export function usage(): string {
	return `aws-cost ${packageJson.version}: make an AWS bill understandable

Usage:
  aws-cost [--demo] [--profile P] [--theme dark|light|no-color]   full-screen app
           [--source parquet:GLOB | athena:DB.TABLE]               an export instead (docs/exports.md)
           [--offline | --provider ollama|openai] [--model M]      who answers its chat
           [--timeout SECONDS]                                    per request (default 30)
           [--view NAME]                                          open on a saved view (aws-cost views)
${registeredCommands()
	.map(command => `  aws-cost ${command.name} ${command.usage}\n`)
	.join('')}
Run \`aws-cost <command> --help\` for a command's options. Without AWS credentials
the app shows a labelled demo organization; scripts need --demo for demo data.
`;
}

export interface Launchers {
	readonly tui: () => Promise<TuiLauncher>;
}

/** Dispatches to a sub-command; returns the process exit code. */
export async function main(
	argv: readonly string[],
	io: CommandIo & {readonly stdinIsTty: boolean},
	launchers: Launchers,
): Promise<number> {
	const [command, ...rest] = argv;
	const registered = command === undefined ? undefined : commandNamed(command);
	// Every query the command runs is recorded as this command's (see source/history).
	if (registered !== undefined) return withQueryOrigin({command: registered.name}, () => registered.run(rest, io));
	switch (command) {
		case 'help':
		case '--help':
		case '-h':
			io.stdout.write(usage());
			return 0;
		case '--version':
		case '-v':
			io.stdout.write(`${packageJson.version}\n`);
			return 0;
		default:
			if (command !== undefined && !command.startsWith('-')) {
				io.stderr.write(`aws-cost: unknown command "${terminalText(command)}": see \`aws-cost --help\`.\n`);
				return 2;
			}
			return runTui(argv, io, launchers.tui);
	}
}
