import {readFileSync} from 'node:fs';
import {configFilePath, defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {validateSettingsText} from '../settings-validation.js';
import {terminalText} from '../terminal-text.js';
import {EXIT_BAD_INPUT, EXIT_OK} from './exit-codes.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

export const CONFIG_USAGE = `Usage: aws-cost config validate [--file F]

Checks the settings file (or F) against its schema and prints every problem with its
path, e.g. "budgets[2].monthlyAmount: expected a positive amount of dollars". Exits 0
when it is valid, 2 when it has problems. Keys aws-cost does not read are warnings.
`;

const VALIDATE_OPTIONS = {file: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

function validate(argv: readonly string[], io: CommandIo): number {
	const {values} = parseCommandArgs(argv, VALIDATE_OPTIONS);
	if (values.help) {
		io.stdout.write(CONFIG_USAGE);
		return EXIT_OK;
	}
	const path = values.file ?? configFilePath(defaultConfigDir(io.env));
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' && values.file === undefined) {
			io.stdout.write(`${path}: no settings file, so the defaults apply (aws-cost init writes one).\n`);
			return EXIT_OK;
		}
		throw badInput(`Cannot read ${path}: ${(error as Error).message.split('\n')[0]}`);
	}
	const {problems, warnings} = validateSettingsText(text);
	const lines = [
		`${path}: ${problems.length === 0 ? 'valid' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}`,
		...problems.map(problem => `  ${problem}`),
		...warnings.map(warning => `  warning: ${warning}`),
	];
	io.stdout.write(`${lines.map(terminalText).join('\n')}\n`);
	if (problems.length === 0) return EXIT_OK;
	io.stderr.write(`aws-cost: the settings file has ${problems.length} problem${problems.length === 1 ? '' : 's'} (listed above): fix ${problems.length === 1 ? 'it' : 'them'} and validate again.\n`);
	return EXIT_BAD_INPUT;
}

/** `aws-cost config validate`: every problem of the settings file, with its path. */
export function runConfig(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const [action, ...rest] = argv;
		if (action === 'validate') return validate(rest, io);
		if (action === '--help' || action === '-h') {
			io.stdout.write(CONFIG_USAGE);
			return EXIT_OK;
		}
		throw badInput(action === undefined ? 'Say what to do: aws-cost config validate [--file F].' : `Unknown config action ${quoteInput(action)}: use validate.`);
	});
}
