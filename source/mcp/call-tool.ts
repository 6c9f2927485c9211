import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {runToolCall} from '../assistant/tools/index.js';
import {oneLineMessage} from '../errors.js';
import type {LabelledScope} from '../application/scopes.js';
import type {McpBackend} from './backend.js';
import type {RequestBudget} from './request-budget.js';
import {PROFILE_ARGUMENT} from './tool-list.js';

const toolError = (message: string): CallToolResult => ({content: [{type: 'text', text: message}], isError: true});

/** The scope a call names with `profile` (only offered when there are several), else the first. */
function pickScope(scopes: readonly LabelledScope[], args: Record<string, unknown>): {scope: LabelledScope; rest: Record<string, unknown>} {
	if (scopes.length < 2 || !(PROFILE_ARGUMENT in args)) return {scope: scopes[0]!, rest: args};
	const {[PROFILE_ARGUMENT]: wanted, ...rest} = args;
	const scope = wanted === undefined || wanted === null ? scopes[0] : scopes.find(candidate => candidate.label === wanted);
	if (scope === undefined) {
		throw new Error(`profile ${JSON.stringify(wanted)} is not one this server answers for: use one of ${scopes.map(candidate => candidate.label).join(', ')}.`);
	}
	return {scope, rest};
}

/**
 * One tools/call: the chat's own tool run against the backend's engine,
 * inside the session's budget. Every failure is a tool error (isError) with
 * the one-line message the CLI prints, so the agent can correct its call.
 */
export async function callTool(
	backend: McpBackend,
	budget: RequestBudget,
	name: string,
	args: Record<string, unknown> | undefined,
	signal: AbortSignal,
): Promise<CallToolResult> {
	try {
		const {scope, rest} = pickScope(backend.scopes, args ?? {});
		budget.checkLeft();
		const engine = await backend.engineFor(scope.scope);
		const context = {engine, scope: scope.scope, today: backend.today, signal, ...(backend.noCache ? {noCache: true} : {})};
		const outcome = await budget.measure(engine, () => runToolCall({id: 'mcp', name, arguments: rest}, context));
		if (!outcome.ok) return toolError(outcome.error);
		return {
			content: [{type: 'text', text: outcome.text}],
			...(outcome.data === undefined ? {} : {structuredContent: {...outcome.data}}),
		};
	} catch (error) {
		backend.logger?.(`mcp: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		return toolError(oneLineMessage(error));
	}
}
