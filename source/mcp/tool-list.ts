import type {Tool} from '@modelcontextprotocol/sdk/types.js';
import {ASSISTANT_TOOLS} from '../assistant/tools/index.js';
import type {LabelledScope} from '../application/scopes.js';

/** The argument that picks a scope, present only when the server has more than one. */
export const PROFILE_ARGUMENT = 'profile';

/** Every tool is a read of costs: MCP clients may call them without asking each time. */
const READ_ONLY = {readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false} as const;

/**
 * The chat's tools as MCP lists them: the same names, descriptions and JSON
 * schemas (one definition, source/assistant/tools), plus `profile` when the
 * server answers for several AWS profiles.
 */
export function mcpTools(scopes: readonly LabelledScope[]): Tool[] {
	const labels = scopes.map(scope => scope.label);
	const profile =
		labels.length > 1
			? {[PROFILE_ARGUMENT]: {type: 'string', enum: labels, description: `Which AWS profile answers, e.g. "${labels[1]}"; default "${labels[0]}".`}}
			: {};
	return ASSISTANT_TOOLS.map(({spec}) => ({
		name: spec.name,
		title: spec.name.replaceAll('_', ' '),
		description: spec.description,
		inputSchema: {
			...spec.parameters,
			type: 'object',
			properties: {...spec.parameters.properties, ...profile},
			additionalProperties: false,
		} as Tool['inputSchema'],
		annotations: READ_ONLY,
	}));
}
