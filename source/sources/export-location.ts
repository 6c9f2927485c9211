import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';

/** Where a billing export lives: local Parquet files, or an Athena table over S3. */
export type ExportLocation =
	| {readonly kind: 'parquet'; readonly glob: string}
	| {
			readonly kind: 'athena';
			readonly database: string;
			readonly table: string;
			readonly workgroup?: string;
			/** s3://bucket/prefix/ for results, when the workgroup names none. */
			readonly outputLocation?: string;
	  };

export interface AthenaFlags {
	readonly workgroup?: string;
	readonly outputLocation?: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses `--source parquet:GLOB` or `--source athena:DATABASE.TABLE`; undefined for the built-in sources. */
export function parseExportLocation(text: string, athena: AthenaFlags = {}): ExportLocation {
	const colon = text.indexOf(':');
	const kind = colon < 0 ? text : text.slice(0, colon);
	const rest = colon < 0 ? '' : text.slice(colon + 1);
	if (kind === 'parquet') {
		if (rest.trim() === '') throw badInput('--source parquet: needs files, e.g. --source parquet:./exports/**/*.parquet.');
		if (athena.workgroup !== undefined || athena.outputLocation !== undefined) throw badInput('--athena-workgroup and --athena-output go with --source athena:DATABASE.TABLE.');
		return {kind: 'parquet', glob: rest};
	}
	if (kind === 'athena') {
		const [database, table, extra] = rest.split('.');
		if (database === undefined || table === undefined || extra !== undefined || !NAME.test(database) || !NAME.test(table)) {
			throw badInput(`--source athena:${quoteInput(rest).slice(1, -1)} must name DATABASE.TABLE, letters, digits and _ only.`);
		}
		if (athena.outputLocation !== undefined && !/^s3:\/\/[^/]+/.test(athena.outputLocation)) {
			throw badInput(`--athena-output ${quoteInput(athena.outputLocation)} must be an s3://bucket/prefix/ location.`);
		}
		return {
			kind: 'athena',
			database,
			table,
			...(athena.workgroup === undefined ? {} : {workgroup: athena.workgroup}),
			...(athena.outputLocation === undefined ? {} : {outputLocation: athena.outputLocation}),
		};
	}
	throw badInput(`Unknown --source ${quoteInput(text)}: use demo, aws, parquet:GLOB or athena:DATABASE.TABLE.`);
}

/** The flags that name the location again on a command line. */
export function exportLocationFlags(location: ExportLocation): string[] {
	if (location.kind === 'parquet') return ['--source', exportLocationLabel(location)];
	return [
		'--source',
		exportLocationLabel(location),
		...(location.workgroup === undefined ? [] : ['--athena-workgroup', location.workgroup]),
		...(location.outputLocation === undefined ? [] : ['--athena-output', location.outputLocation]),
	];
}

/** How the location is written on the command line. */
export function exportLocationLabel(location: ExportLocation): string {
	return location.kind === 'parquet' ? `parquet:${location.glob}` : `athena:${location.database}.${location.table}`;
}
