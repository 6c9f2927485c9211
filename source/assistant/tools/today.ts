import {addDays} from '../../dates.js';
import {resolvePreset} from '../../presets.js';
import {earliestDailyDate, earliestHourlyDate} from '../../validate.js';
import {argumentRecord} from './arguments.js';
import type {AssistantTool} from './tool.js';

/** `today`: the date and the periods relative to it, so the model never guesses the calendar. */
export const todayTool: AssistantTool = {
	spec: {
		name: 'today',
		description: "Today's date (UTC) and the exact periods of this month, last month and the data Cost Explorer keeps.",
		parameters: {type: 'object', properties: {}},
	},
	async run(args, context) {
		argumentRecord(args, []);
		const {today} = context;
		const period = (preset: string): string => {
			const {start, end} = resolvePreset(preset, today);
			return `{"start": "${start}", "end": "${end}"}`;
		};
		const text = [
			`Today is ${today} (UTC). Periods have an exclusive end.`,
			`This month so far: ${period('this-month')}`,
			`Last month: ${period('last-month')}`,
			`Last 30 days: ${period('last-30-days')}`,
			`Daily and monthly data start on ${earliestDailyDate(today)}; hourly data on ${earliestHourlyDate(today)}; nothing after ${addDays(today, 1)}.`,
			`Today's own figures are partial; the last few days may still be estimated.`,
		].join('\n');
		const data = {
			today,
			thisMonth: resolvePreset('this-month', today),
			lastMonth: resolvePreset('last-month', today),
			last30Days: resolvePreset('last-30-days', today),
			earliestDaily: earliestDailyDate(today),
			earliestHourly: earliestHourlyDate(today),
		};
		return {text, summary: `checked today's date (${today})`, results: [], data};
	},
};
