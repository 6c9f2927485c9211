import {writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {configFilePath, defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {PRIVATE_FILE_MODE, ensurePrivateDirectorySync, tightenFileSync} from '../private-files.js';
import {quoteInput} from '../quote-input.js';
import {SETTINGS_TEMPLATES, isSettingsTemplate, settingsTemplateText} from '../settings-templates.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

export const INIT_USAGE = `Usage: aws-cost init [--template ${SETTINGS_TEMPLATES.join('|')}] [--force] [--file F]

Writes a commented settings file to start from (comments are keys starting with "//"),
readable by its owner only (0600). An existing file is kept unless --force.

  --template T          single (default): one account; profiles: several accounts, one
                        profile each; organization: a management account; team-server:
                        aws-cost serve for a team (API tokens, metrics, chat)
  --force               replace the settings file that is there
  --file F              write F instead of the settings file (AWS_COST_CONFIG_DIR moves that)
`;

const INIT_OPTIONS = {template: {type: 'string'}, force: {type: 'boolean'}, file: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

/** `aws-cost init`: a commented settings file from a template, never over one without --force. */
export function runInit(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, INIT_OPTIONS);
		if (values.help) {
			io.stdout.write(INIT_USAGE);
			return 0;
		}
		const template = values.template ?? 'single';
		if (!isSettingsTemplate(template)) throw badInput(`--template ${quoteInput(template)}: use ${SETTINGS_TEMPLATES.join(', ')}.`);
		const path = values.file ?? configFilePath(defaultConfigDir(io.env));
		ensurePrivateDirectorySync(dirname(path));
		try {
			// 'wx' fails when the file exists, so two inits at once cannot both write.
			writeFileSync(path, settingsTemplateText(template), {mode: PRIVATE_FILE_MODE, flag: values.force ? 'w' : 'wx'});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw badInput(`${path} exists: keep it, or pass --force to replace it with the ${template} template.`);
			throw badInput(`Cannot write ${path}: ${(error as Error).message.split('\n')[0]}`);
		}
		// A file replaced with --force keeps its old mode through writeFileSync: make it private.
		tightenFileSync(path);
		io.stdout.write(`Wrote ${path} (template ${template}, readable by you only). Edit it, then check it: aws-cost config validate${values.file === undefined ? '' : ` --file ${path}`}\n`);
		return 0;
	});
}
