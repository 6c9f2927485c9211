import {readFileSync} from 'node:fs';
import {z} from 'zod';
import {type IsoDate, type Period, addDays} from '../dates.js';
import {badInput, isCostError} from '../errors.js';
import {resolvePreset} from '../presets.js';
import {quoteInput} from '../quote-input.js';

/** The parts a report may hold, in the order they are rendered. */
export const REPORT_SECTIONS = ['summary', 'chart', 'movers', 'anomalies', 'budgets'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * A report template file (JSON). Only `version` is required:
 * `{"version": 1, "title": "Team costs", "range": "last-7-days", "compare": "previous",
 *   "chartDays": 28, "sections": ["summary", "chart", "movers"], "topMovers": 5,
 *   "anomalyDays": 7, "minAnomalyImpact": 50}`.
 */
const templateFileSchema = z
	.object({
		version: z.literal(1),
		title: z.string().trim().min(1).max(120).optional(),
		range: z.string().trim().min(1).optional(),
		compare: z.enum(['previous', 'none']).optional(),
		chartDays: z.number().int().min(2).max(366).optional(),
		sections: z.array(z.enum(REPORT_SECTIONS)).min(1).optional(),
		topMovers: z.number().int().min(1).max(50).optional(),
		anomalyDays: z.number().int().min(1).max(90).optional(),
		minAnomalyImpact: z.number().min(0).optional(),
	})
	.strict();

/** What a report covers and shows; the built-ins and a template file resolve to this. */
export interface ReportTemplate {
	readonly name: string;
	readonly title: string;
	/** The period's preset name (see source/presets.ts). */
	readonly range: string;
	readonly compare: 'previous' | 'none';
	readonly chartDays: number;
	readonly sections: readonly ReportSection[];
	readonly topMovers: number;
	readonly anomalyDays: number;
	readonly minAnomalyImpact: number;
}

const BUILTIN: Readonly<Record<string, ReportTemplate>> = {
	daily: {name: 'daily', title: 'Daily AWS costs', range: 'yesterday', compare: 'previous', chartDays: 14, sections: REPORT_SECTIONS, topMovers: 5, anomalyDays: 7, minAnomalyImpact: 0},
	weekly: {name: 'weekly', title: 'Weekly AWS costs', range: 'last-7-days', compare: 'previous', chartDays: 28, sections: REPORT_SECTIONS, topMovers: 5, anomalyDays: 7, minAnomalyImpact: 0},
	monthly: {name: 'monthly', title: 'Monthly AWS costs', range: 'last-month', compare: 'previous', chartDays: 31, sections: REPORT_SECTIONS, topMovers: 10, anomalyDays: 30, minAnomalyImpact: 0},
};

export const BUILTIN_TEMPLATE_NAMES = Object.keys(BUILTIN);

/** A built-in template by name, or a template file's contents checked against the schema; every problem is one line with its path. */
export function resolveTemplate(nameOrFile: string | undefined): ReportTemplate {
	const given = nameOrFile ?? 'daily';
	const builtin = BUILTIN[given];
	if (builtin !== undefined) return builtin;
	let text: string;
	try {
		text = readFileSync(given, 'utf8');
	} catch {
		throw badInput(`--template ${quoteInput(given)} is neither ${BUILTIN_TEMPLATE_NAMES.join(', ')} nor a readable template file.`);
	}
	return parseTemplate(text, given);
}

/** A template file's text as a template; `source` names it in messages. */
export function parseTemplate(text: string, source: string): ReportTemplate {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw badInput(`Template ${quoteInput(source)} is not JSON.`);
	}
	const parsed = templateFileSchema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(issue => `${issue.path.length === 0 ? '(top)' : issue.path.join('.')}: ${issue.message}`);
		throw badInput(`Template ${quoteInput(source)}: ${problems.join('; ')}.`);
	}
	const file = parsed.data;
	const base = BUILTIN['weekly']!;
	const range = file.range ?? base.range;
	// Judged now, so a misspelt range fails before any data is read.
	templatePeriod({...base, range}, '2026-01-15' as IsoDate);
	return {
		name: source,
		title: file.title ?? 'AWS costs',
		range,
		compare: file.compare ?? 'previous',
		chartDays: file.chartDays ?? base.chartDays,
		sections: file.sections ?? REPORT_SECTIONS,
		topMovers: file.topMovers ?? base.topMovers,
		anomalyDays: file.anomalyDays ?? base.anomalyDays,
		minAnomalyImpact: file.minAnomalyImpact ?? 0,
	};
}

/** The days a template reports on, as of `today`. */
export function templatePeriod(template: ReportTemplate, today: IsoDate): Period {
	try {
		const period = resolvePreset(template.range, today);
		// A report is about days that are over: a range reaching into today stops before it.
		return period.end > today ? {start: period.start, end: today > period.start ? today : addDays(period.start, 1)} : period;
	} catch (error) {
		if (isCostError(error) && error.kind === 'bad-input') throw badInput(`Template ${quoteInput(template.name)} range: ${error.message}`);
		throw error;
	}
}
