import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {SettingsStore} from '../settings.js';
import {exportLocationLabel, parseExportLocation} from '../sources/export-location.js';
import {terminalText} from '../terminal-text.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

export const SOURCES_USAGE = `Usage: aws-cost sources [--format table|json]

Lists where cost data can come from here: the demo organization, AWS Cost Explorer
(the default credentials and each profile in ~/.aws/config), and the default source
the settings file names (defaultSource: "parquet:GLOB" or "athena:DB.TABLE"), used
when a command names none. Any command takes --source to pick one.
`;

interface SourceLine {
	readonly source: string;
	readonly kind: 'demo' | 'cost-explorer' | 'export';
	readonly flags: string;
	readonly isDefault: boolean;
	readonly note: string;
}

const OPTIONS = {format: {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

/** `aws-cost sources`: what is configured, and which one a command uses when it names none. */
export function runSources(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, OPTIONS);
		if (values.help) {
			io.stdout.write(SOURCES_USAGE);
			return 0;
		}
		const format = values.format ?? 'table';
		if (format !== 'table' && format !== 'json') throw badInput(`--format must be table or json, not "${format}".`);
		const {settings, problems} = new SettingsStore({cwd: defaultConfigDir(io.env)}).load();
		const credentials = await import('../sources/cost-explorer/credentials.js');
		const [hasCredentials, profiles] = await Promise.all([credentials.hasAwsCredentials(io.env), credentials.listProfiles(io.env)]);
		let configured: SourceLine | undefined;
		let configuredProblem: string | undefined;
		if (settings.defaultSource !== undefined && settings.defaultSource !== 'demo' && settings.defaultSource !== 'aws') {
			try {
				const location = parseExportLocation(settings.defaultSource, {
					...(settings.athenaWorkgroup === undefined ? {} : {workgroup: settings.athenaWorkgroup}),
					...(settings.athenaOutput === undefined ? {} : {outputLocation: settings.athenaOutput}),
				});
				const label = exportLocationLabel(location);
				configured = {source: label, kind: 'export', flags: `--source ${label}`, isDefault: true, note: 'settings: defaultSource'};
			} catch (error) {
				configuredProblem = `defaultSource is unusable: ${error instanceof Error ? error.message : String(error)}`;
			}
		}
		const defaultIs = configured !== undefined ? 'export' : settings.defaultSource === 'demo' ? 'demo' : 'aws';
		const lines: SourceLine[] = [
			...(configured === undefined ? [] : [configured]),
			{source: 'aws', kind: 'cost-explorer', flags: '--source aws', isDefault: defaultIs === 'aws' && hasCredentials, note: hasCredentials ? 'default credentials found ($0.01 a request)' : 'no credentials found'},
			...profiles.map((profile): SourceLine => ({source: `aws (profile ${profile})`, kind: 'cost-explorer', flags: `--profile ${profile}`, isDefault: false, note: ''})),
			{source: 'demo', kind: 'demo', flags: '--demo', isDefault: defaultIs === 'demo', note: 'built-in demo organization'},
		];
		const notes = [...problems, ...(configuredProblem === undefined ? [] : [configuredProblem])];
		if (format === 'json') {
			io.stdout.write(`${JSON.stringify({sources: lines, problems: notes}, null, 2)}\n`);
			return 0;
		}
		const width = Math.max(...lines.map(line => line.source.length), 6);
		const kindWidth = 13;
		io.stdout.write(`${'SOURCE'.padEnd(width)}  ${'KIND'.padEnd(kindWidth)}  NOTE\n`);
		for (const line of lines) {
			const note = [line.isDefault ? 'default' : '', line.note].filter(part => part !== '').join('; ');
			io.stdout.write(terminalText(`${line.source.padEnd(width)}  ${line.kind.padEnd(kindWidth)}  ${note}`) + '\n');
		}
		for (const note of notes) io.stdout.write(`warning: ${terminalText(note)}\n`);
		return 0;
	});
}
