import {oneLineMessage} from '../../errors.js';
import type {ToolCall, ToolSpec} from '../provider.js';
import {anomaliesTool} from './anomalies.js';
import {comparePeriodsTool} from './compare-periods.js';
import {dimensionValuesTool} from './dimension-values.js';
import {forecastTool} from './forecast.js';
import {listAccountsTool} from './list-accounts.js';
import {queryCostsTool} from './query-costs.js';
import type {AssistantTool, ToolAnswer, ToolContext} from './tool.js';
import {todayTool} from './today.js';
import {topMoversTool} from './top-movers.js';

export type {AssistantTool, ToolAnswer, ToolContext} from './tool.js';
export {ToolArgumentError} from './arguments.js';

const tools: AssistantTool[] = [
	queryCostsTool,
	comparePeriodsTool,
	topMoversTool,
	forecastTool,
	anomaliesTool,
	listAccountsTool,
	dimensionValuesTool,
	todayTool,
];

/** Every tool the model may call, all read-only: the built-in ones, then those registered. */
export const ASSISTANT_TOOLS: readonly AssistantTool[] = tools;

/** Adds a tool the model may call (a plugin's); it must only read. A name registered twice is a mistake. */
export function registerTool(tool: AssistantTool): void {
	if (tools.some(candidate => candidate.spec.name === tool.spec.name)) throw new Error(`A tool named "${tool.spec.name}" is already registered.`);
	tools.push(tool);
}

/** Removes a registered tool (tests that register their own). */
export function unregisterTool(name: string): void {
	const index = tools.findIndex(tool => tool.spec.name === name);
	if (index >= 0) tools.splice(index, 1);
}

/** What the model is told it may call: every registered tool's spec. */
export function toolSpecs(): readonly ToolSpec[] {
	return tools.map(tool => tool.spec);
}

/**
 * What running a call came to. A `rejected` call (unknown tool, bad
 * arguments, a query Cost Explorer would refuse, a failing source) goes back
 * to the model as a tool error it can correct; the UI shows the message.
 */
export type ToolOutcome = ({readonly ok: true} & ToolAnswer) | {readonly ok: false; readonly error: string};

/**
 * Runs one tool call. Only cancellation propagates: any other failure becomes
 * an outcome, so one broken tool never ends the conversation.
 */
export async function runToolCall(call: ToolCall, context: ToolContext): Promise<ToolOutcome> {
	const tool = tools.find(candidate => candidate.spec.name === call.name);
	if (!tool) {
		return {ok: false, error: `There is no tool "${call.name}": use one of ${tools.map(candidate => candidate.spec.name).join(', ')}.`};
	}
	try {
		return {ok: true, ...(await tool.run(call.arguments, context))};
	} catch (error) {
		context.signal?.throwIfAborted();
		return {ok: false, error: oneLineMessage(error)};
	}
}
