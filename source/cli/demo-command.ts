import {resolve} from 'node:path';
import {resolveToday} from '../clock.js';
import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

/** Billing periods the demo has: the 13 months Cost Explorer keeps and the current one. */
export const DEMO_EXPORT_MONTHS = 14;

export const DEMO_USAGE = `Usage: aws-cost demo export --format focus|cur2 --out DIR [--months N] [--today YYYY-MM-DD]

Writes the demo organization's line items as Parquet, one folder per billing period
(DIR/billing_period=YYYY-MM/), with CUR 2.0 or FOCUS 1.x column names and money as
DECIMAL. Query them with --source parquet:'DIR/**/*.parquet'; the figures equal --demo's
to the cent. --months keeps the last N billing periods (1-${DEMO_EXPORT_MONTHS}, default all ${DEMO_EXPORT_MONTHS}).
DIR must be new or empty; the files are readable by you alone.
`;

const OPTIONS = {
	format: {type: 'string'},
	out: {type: 'string'},
	months: {type: 'string'},
	today: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const;

function parseMonths(text: string | undefined): number {
	if (text === undefined) return DEMO_EXPORT_MONTHS;
	const months = Number(text);
	if (!/^\d+$/.test(text) || months < 1 || months > DEMO_EXPORT_MONTHS) {
		throw badInput(`--months ${quoteInput(text)} must be a whole number from 1 to ${DEMO_EXPORT_MONTHS}.`);
	}
	return months;
}

/** `aws-cost demo export`: the demo as a billing export, for the Parquet and Athena sources. */
export function runDemo(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const [action, ...rest] = argv;
		if (action === '--help' || action === '-h' || action === undefined) {
			io.stdout.write(DEMO_USAGE);
			return action === undefined ? 2 : 0;
		}
		if (action !== 'export') throw badInput(`Unknown demo action ${quoteInput(action)}: use \`aws-cost demo export\`.`);
		const {values} = parseCommandArgs(rest, OPTIONS);
		if (values.help) {
			io.stdout.write(DEMO_USAGE);
			return 0;
		}
		const format = values.format;
		if (format !== 'focus' && format !== 'cur2') throw badInput(`--format must be focus or cur2${format === undefined ? '' : `, not ${quoteInput(format)}`}.`);
		if (values.out === undefined || values.out.trim() === '') throw badInput('--out DIR is required: the folder to write the Parquet files into.');
		const months = parseMonths(values.months);
		const today = resolveToday(values.today, io.env);
		const [{buildCatalogue}, {DEFAULT_DEMO_SEED}, {writeDemoExport}] = await Promise.all([
			import('../sources/demo/catalogue.js'),
			import('../sources/demo/index.js'),
			import('../demo-export/write-parquet.js'),
		]);
		const directory = resolve(values.out);
		const summary = await writeDemoExport({catalogue: buildCatalogue(today, DEFAULT_DEMO_SEED), format, directory, months});
		const periods = summary.billingPeriods;
		io.stdout.write(
			`Wrote ${summary.lineItems.toLocaleString('en-US')} ${format === 'cur2' ? 'CUR 2.0' : 'FOCUS'} line items, ` +
				`${periods.length} billing periods (${periods[0] ?? '-'} to ${periods.at(-1) ?? '-'}), ${summary.files.length} files in ${directory}\n`,
		);
		return 0;
	});
}
