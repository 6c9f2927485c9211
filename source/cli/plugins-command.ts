import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {loadConfiguredPlugins} from '../plugins/configured.js';
import type {PluginOutcome, PluginProvides} from '../plugins/loader.js';
import {SettingsStore} from '../settings.js';
import {terminalText} from '../terminal-text.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

export const PLUGINS_USAGE = `Usage: aws-cost plugins list [--format table|json]

Loads the plugins the settings file names ("plugins": ["aws-cost-plugin-x", "./my-plugin.js"],
paths relative to the settings file) and shows what each provides (sources, formats,
notifiers, analyzers), or in one line why it was skipped. Commands load plugins only
when they need one: a --source or --format aws-cost lacks, or the chat's analyzers.
`;

const OPTIONS = {format: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

/** "source demo-csv; format tsv; notifier teams:" */
function providesLine(provides: PluginProvides): string {
	const parts = [
		...provides.sources.map(name => `source ${name}`),
		...provides.exporters.map(name => `format ${name}`),
		...provides.notifiers.map(scheme => `notifier ${scheme}:`),
		...provides.analyzers.map(name => `analyzer ${name}`),
	];
	return parts.length === 0 ? 'nothing' : parts.join('; ');
}

function table(outcomes: readonly PluginOutcome[], settingsPath: string): string {
	if (outcomes.length === 0) return `No plugins: the settings file (${settingsPath}) names none in "plugins".\n`;
	const width = Math.max(6, ...outcomes.map(outcome => outcome.specifier.length));
	const lines = [`${'PLUGIN'.padEnd(width)}  ${'STATUS'.padEnd(7)}  PROVIDES / WHY NOT`];
	for (const outcome of outcomes) {
		const detail = outcome.status === 'loaded' ? `${outcome.name}: ${providesLine(outcome.provides)}` : outcome.reason;
		lines.push(terminalText(`${outcome.specifier.padEnd(width)}  ${outcome.status.padEnd(7)}  ${detail}`));
	}
	return `${lines.join('\n')}\n`;
}

/** `aws-cost plugins list`: what the configured plugins provide, and why any was skipped. Exits 0 either way. */
export function runPlugins(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, OPTIONS, true);
		if (values.help) {
			io.stdout.write(PLUGINS_USAGE);
			return 0;
		}
		const [action, ...extra] = positionals;
		if (action !== 'list' || extra.length > 0) throw badInput(`Use \`aws-cost plugins list\`${action === undefined ? '' : `, not "${positionals.join(' ')}"`}.`);
		const format = values.format ?? 'table';
		if (format !== 'table' && format !== 'json') throw badInput(`--format must be table or json, not "${format}".`);
		const outcomes = await loadConfiguredPlugins(io.env);
		if (format === 'json') io.stdout.write(`${JSON.stringify({plugins: outcomes}, null, 2)}\n`);
		else io.stdout.write(table(outcomes, new SettingsStore({cwd: defaultConfigDir(io.env)}).path));
		return 0;
	});
}
