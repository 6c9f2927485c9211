import type {QueryResult} from '../engine.js';

/** What a command prints: one result per scope it ran under. */
export interface LabelledResult {
	/** The scope's name as the user knows it ("default", a profile, "demo"). */
	readonly label: string;
	readonly result: QueryResult;
}

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'markdown'];

export const isOutputFormat = (value: string): value is OutputFormat =>
	(OUTPUT_FORMATS as readonly string[]).includes(value);
