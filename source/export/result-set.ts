import type {QueryResult} from '../engine.js';

/** What a command prints: one result per scope it ran under. */
export interface LabelledResult {
	/** The scope's name as the user knows it ("default", a profile, "demo"). */
	readonly label: string;
	readonly result: QueryResult;
}

/** The formats aws-cost ships with; the reports (forecast, anomalies, …) print in these. */
export type BuiltinOutputFormat = 'table' | 'json' | 'csv' | 'markdown';

/** A registered format's name: a built-in one or a plugin's (see registerOutputFormat). */
export type OutputFormat = BuiltinOutputFormat | (string & {});

/** Every registered format's name, the built-in ones first (kept up to date by registerOutputFormat). */
export const OUTPUT_FORMATS: OutputFormat[] = ['table', 'json', 'csv', 'markdown'];

export const isOutputFormat = (value: string): value is OutputFormat => OUTPUT_FORMATS.includes(value);
