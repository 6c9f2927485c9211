import {PERIOD_PRESETS} from '../../presets.js';
import type {JsonSchema} from '../provider.js';

/** The two ways a tool takes a period; `prefix` names a second one ("previousRange"). */
export function periodProperties(prefix = '', purpose = 'the period'): Record<string, JsonSchema> {
	const rangeName = prefix === '' ? 'range' : `${prefix}Range`;
	const periodName = prefix === '' ? 'period' : `${prefix}Period`;
	return {
		[rangeName]: {
			type: 'string',
			description: `${purpose} by name: ${PERIOD_PRESETS.join(', ')}, a month "2026-09", a quarter "2026-Q3" or a year "2026". Use this OR ${periodName}.`,
		},
		[periodName]: {
			type: 'object',
			description: `${purpose} as dates: {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}; end is EXCLUSIVE (September 2026 is start 2026-09-01, end 2026-10-01).`,
			properties: {
				start: {type: 'string', description: 'First day, e.g. "2026-09-01".'},
				end: {type: 'string', description: 'The day after the last day (exclusive), e.g. "2026-10-01".'},
			},
			required: ['start', 'end'],
		},
	};
}

export const filterProperty: JsonSchema = {
	type: 'object',
	description:
		'Optional Cost Explorer filter Expression, e.g. {"Dimensions": {"Key": "SERVICE", "Values": ["Amazon Elastic Compute Cloud - Compute"]}}, {"Tags": {"Key": "env", "Values": ["prod"]}}, or {"And": [..., ...]}, {"Not": ...}. Exact values come from dimension_values.',
};
