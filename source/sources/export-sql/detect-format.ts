import {badInput} from '../../errors.js';
import {cur2Schema} from './cur2-schema.js';
import type {Dialect} from './dialect.js';
import {focusSchema} from './focus-schema.js';
import type {ColumnInfo} from './runner.js';
import {type ExportSchema, FORMAT_LABEL} from './schema.js';

/** The columns that say which format a file is in: a CUR 2.0 file has the first set, FOCUS the second. */
const MARKERS = {
	cur2: ['line_item_usage_start_date', 'line_item_unblended_cost'],
	focus: ['ChargePeriodStart', 'BilledCost'],
} as const;

const NUMERIC = /^(DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|BIGINT|INTEGER|HUGEINT|SMALLINT|INT)/i;
const TIME = /^(TIMESTAMP|DATE)/i;

/** An export's schema and what it holds, checked once when the source opens. */
export interface OpenedExport {
	readonly schema: ExportSchema;
	/** Whether files are split into `billing_period=` folders, so periods skip whole files. */
	readonly partitioned: boolean;
	/** Lower-cased column names present. */
	readonly present: ReadonlySet<string>;
}

/**
 * Tells CUR 2.0 from FOCUS by their columns and checks the ones every query
 * needs, with their types. Anything else is one line naming what is missing.
 */
export function detectFormat(label: string, columns: readonly ColumnInfo[], dialect: Dialect): OpenedExport {
	const types = new Map(columns.map(column => [column.name.toLowerCase(), column.type]));
	const has = (name: string): boolean => types.has(name.toLowerCase());
	const format = (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).find(candidate => MARKERS[candidate].every(has));
	if (format === undefined) {
		const missing = (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).map(
			candidate => `${MARKERS[candidate].filter(name => !has(name)).join(', ')} (${FORMAT_LABEL[candidate]})`,
		);
		throw badInput(`${label} is not a CUR 2.0 or FOCUS export: it lacks ${missing.join(' or ')}.`);
	}
	const isDecimal = (name: string): boolean => /^DECIMAL/i.test(types.get(name.toLowerCase()) ?? '');
	const read = {
		money: (column: string) => dialect.decimal(column, isDecimal(column)),
		mapValue: (column: string, key: string) => dialect.mapValue(column, key),
	};
	const schema = format === 'cur2' ? cur2Schema(read) : focusSchema(read);
	const missing = schema.required.filter(name => !has(name));
	if (missing.length > 0) throw badInput(`${label} is missing ${FORMAT_LABEL[format]} columns: ${missing.join(', ')}.`);
	const wrongType = (name: string, pattern: RegExp, wanted: string): string | undefined => {
		const type = types.get(name.toLowerCase()) ?? '';
		return pattern.test(type) ? undefined : `${name} is ${type || 'of no type'}, not ${wanted}`;
	};
	const problems = [
		wrongType(schema.usageStart, TIME, 'a timestamp'),
		...schema.metric('UnblendedCost').columns.map(name => wrongType(name, NUMERIC, 'a number')),
	].filter(problem => problem !== undefined);
	if (problems.length > 0) throw badInput(`${label} has columns of the wrong type: ${problems.join('; ')}.`);
	return {schema, partitioned: has(schema.billingPeriod), present: new Set(types.keys())};
}

/** Refuses, in one line, a statement that reads columns the export lacks. */
export function checkColumns(opened: OpenedExport, label: string, columns: readonly string[], what: string): void {
	const missing = [...new Set(columns)].filter(name => !opened.present.has(name.toLowerCase()));
	if (missing.length > 0) {
		throw badInput(`${label} lacks ${missing.join(', ')}, which ${what} needs in a ${FORMAT_LABEL[opened.schema.format]} export: see docs/exports.md.`);
	}
}
