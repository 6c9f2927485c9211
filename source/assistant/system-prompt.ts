import {type IsoDate, addDays} from '../dates.js';
import {resolvePreset} from '../presets.js';
import type {CostQuery} from '../query.js';
import {queryLabel} from './tools/describe-query.js';

export interface PromptContext {
	readonly today: IsoDate;
	/** What the person is looking at (or the last query answered): follow-ups refer to it. */
	readonly view?: CostQuery;
	/** The organization or account the session runs as, for the person's sake only. */
	readonly scopeLabel?: string;
}

/**
 * The system prompt: who the assistant is, today's date (never hard-coded),
 * the current view as a CostQuery, and the rules that keep figures honest.
 */
export function systemPrompt(context: PromptContext): string {
	const {today, view} = context;
	const thisMonth = resolvePreset('this-month', today);
	const lastMonth = resolvePreset('last-month', today);
	const thisWeek = resolvePreset('this-week', today);
	const lastWeek = resolvePreset('last-week', today);
	const lines = [
		'You explain an AWS bill. Answer briefly and plainly, in the language of the question.',
		`Today is ${today} (UTC). This month so far is ${thisMonth.start} to ${thisMonth.end} (end exclusive); last month is ${lastMonth.start} to ${lastMonth.end}. Cost data ends at ${addDays(today, 1)} and reaches back 13 months.`,
		`Weeks are ISO weeks, Monday to Sunday: this week so far is ${thisWeek.start} to ${thisWeek.end}; last week is ${lastWeek.start} to ${lastWeek.end} (ranges "this-week", "last-week").`,
		context.scopeLabel === undefined ? '' : `You are looking at: ${context.scopeLabel}.`,
		view === undefined
			? 'No view is open yet.'
			: `The current view: ${queryLabel(view)}. As a CostQuery: ${JSON.stringify({...view, scope: undefined})}. Questions like "and the month before?" or "only prod" change this view.`,
		'Rules:',
		'- Use the tools for every figure. Never invent, estimate or round a number the tools did not give you.',
		'- Periods have an exclusive end: September 2026 is start 2026-09-01, end 2026-10-01.',
		'- To filter on a service, account or tag value, use its exact name; if unsure, call dimension_values first.',
		'- Never answer a broader question than asked: if a service, account, region, tag or condition in the question is not in the bill or cannot be applied, say so by name ("I found no service called X in this bill") and give no figure.',
		'- Say the constraints each figure has: its period, and every filter (service, account, region, tag, excluded credits or refunds).',
		'- If a tool says figures are estimated, or gives a forecast, say so. "No data" is not $0.00.',
		'- If a tool returns an error, fix the arguments and call it again, or explain what is not possible.',
		'- Give top-N answers and breakdowns as a Markdown list, one item per line, never as one paragraph.',
		'- Quote amounts as the tools give them (e.g. $1,234.56) and name the period each figure covers.',
	];
	return lines.filter(line => line !== '').join('\n');
}
