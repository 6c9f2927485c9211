import type {CommandIo} from './io.js';

/** A sub-command of `aws-cost`: what `aws-cost NAME …` runs. */
export interface CommandDefinition {
	readonly name: string;
	/** Its line in `aws-cost --help`, after the command itself: "[options]   what it does". */
	readonly usage: string;
	/** Runs it with the arguments after its name; resolves to the exit code. Import heavy modules inside. */
	run(argv: readonly string[], io: CommandIo & {readonly stdinIsTty: boolean}): Promise<number>;
}

const commands = new Map<string, CommandDefinition>();

/** Adds a sub-command (a plugin's); a name registered twice is a mistake. */
export function registerCommand(command: CommandDefinition): void {
	if (commands.has(command.name)) throw new Error(`A command named "${command.name}" is already registered.`);
	commands.set(command.name, command);
}

/** The command registered under `name`, if any. */
export function commandNamed(name: string): CommandDefinition | undefined {
	return commands.get(name);
}

/** Every registered command, in the order registered (the order `--help` lists them). */
export function registeredCommands(): readonly CommandDefinition[] {
	return [...commands.values()];
}

/** Removes a registration (tests that register their own command). */
export function unregisterCommand(name: string): void {
	commands.delete(name);
}
