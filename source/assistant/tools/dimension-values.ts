import {addDays} from '../../dates.js';
import {FILTER_DIMENSIONS, type FilterDimension} from '../../query.js';
import {argumentRecord, optionalString, requiredString} from './arguments.js';
import {ToolArgumentError} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import {periodLabel} from './describe-query.js';
import {periodProperties} from './period-schema.js';
import {periodArgument} from './query-arguments.js';
import type {AssistantTool} from './tool.js';

const MAX_VALUES = 30;

function dimensionArgument(text: string): FilterDimension {
	const normalized = text.trim().toUpperCase().replaceAll(/[\s-]/g, '_');
	const match = FILTER_DIMENSIONS.find(dimension => dimension === normalized);
	if (match) return match;
	if (normalized === 'ACCOUNT') return 'LINKED_ACCOUNT';
	throw new ToolArgumentError(`dimension "${text}" is not one of ${FILTER_DIMENSIONS.join(', ')}.`);
}

/** `dimension_values`: the exact values a dimension takes, for building filters. */
export const dimensionValuesTool: AssistantTool = {
	spec: {
		name: 'dimension_values',
		description:
			'List the exact values of a dimension (e.g. SERVICE names like "Amazon Elastic Compute Cloud - Compute", REGION codes, LINKED_ACCOUNT ids) that had costs in a period. Use before filtering on a value you are not sure of.',
		parameters: {
			type: 'object',
			properties: {
				dimension: {type: 'string', enum: FILTER_DIMENSIONS, description: 'Which dimension, e.g. SERVICE.'},
				search: {type: 'string', description: 'Optional: only values containing this text (case-insensitive), e.g. "EC2".'},
				...periodProperties('', 'the period (default: the last 30 days)'),
			},
			required: ['dimension'],
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['dimension', 'search', 'range', 'period']);
		const dimension = dimensionArgument(requiredString(record, 'dimension', 'SERVICE'));
		const search = optionalString(record, 'search');
		const period = periodArgument(record, context.today, {start: addDays(context.today, -30), end: addDays(context.today, 1)});
		const values = await context.engine.dimensionValues(
			{dimension, period, ...(search === undefined ? {} : {search})},
			context.signal === undefined ? {} : {signal: context.signal},
		);
		const {shown, hidden} = capRows(values, MAX_VALUES);
		const withAttributes = shown.some(value => Object.keys(value.attributes).length > 0);
		const rows = shown.map(value => [
			value.value,
			...(withAttributes ? [Object.entries(value.attributes).map(([key, text]) => `${key}: ${text}`).join(', ')] : []),
		]);
		const lines = [
			`${plural(values.length, 'value')} of ${dimension}${search === undefined ? '' : ` matching "${search}"`}, ${periodLabel(period)}:`,
			values.length === 0 ? '(none)' : compactTable(withAttributes ? ['value', 'attributes'] : ['value'], rows),
		];
		if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'more value')} not shown: narrow with search)`);
		return {text: lines.join('\n'), summary: `listed ${dimension} values${search === undefined ? '' : ` matching "${search}"`}`, results: [], data: {dimension, ...(search === undefined ? {} : {search}), period, values}};
	},
};
