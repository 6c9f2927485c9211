import type {GetPromptResult, Prompt} from '@modelcontextprotocol/sdk/types.js';
import {badInput} from '../errors.js';

interface PromptDefinition {
	readonly prompt: Prompt;
	readonly text: (args: Readonly<Record<string, string>>) => string;
}

/** Ready-made questions an agent's user can pick; each says which tools answer it. */
const PROMPTS: readonly PromptDefinition[] = [
	{
		prompt: {
			name: 'explain-this-months-bill',
			title: "Explain this month's bill",
			description: "Where this month's AWS money went so far, how it compares with last month, and where the month will end.",
		},
		text: () =>
			[
				"Explain this month's AWS bill so far.",
				'Read the aws-cost://scope resource first and say whether these are demo figures.',
				'Then: `today` for the dates; `query_costs` with range "this-month" and groupBy ["SERVICE"] for where the money went;',
				'`compare_periods` with range "this-month" and groupBy "SERVICE" (it compares with the same number of days just before);',
				'`forecast` for the month-end projection; `anomalies` with range "this-month" for anything unusual.',
				'Quote only figures the tools returned, with their units; say which figures are estimated or forecast.',
			].join('\n'),
	},
	{
		prompt: {
			name: 'why-did-it-go-up',
			title: 'Why did X go up?',
			description: "Why one service's cost went up: the usage types, regions and accounts behind the change, and any anomalies.",
			arguments: [{name: 'service', description: 'The service, e.g. "EC2" or "Amazon Simple Storage Service".', required: true}],
		},
		text: ({service}) =>
			[
				`Why did the cost of ${service} go up?`,
				`First find the exact service name with \`dimension_values\` (dimension "SERVICE", search ${JSON.stringify(service)}).`,
				'Then, with the filter {"Dimensions": {"Key": "SERVICE", "Values": [<exact name>]}}:',
				'`top_movers` with dimension "USAGE_TYPE", then "REGION" and "LINKED_ACCOUNT", to see what changed between last month and this one;',
				'`anomalies` with dimension "SERVICE" for the days it jumped; `query_costs` with granularity "DAILY" to see when.',
				'Answer with the change in money and percent, its main drivers, and since when. Quote only figures the tools returned.',
			].join('\n'),
	},
];

export const MCP_PROMPTS: readonly Prompt[] = PROMPTS.map(({prompt}) => prompt);

/** The prompt's message; a missing required argument or an unknown name is one line the client shows. */
export function getPrompt(name: string, args: Readonly<Record<string, string>> = {}): GetPromptResult {
	const definition = PROMPTS.find(({prompt}) => prompt.name === name);
	if (definition === undefined) throw badInput(`There is no prompt "${name}": use one of ${MCP_PROMPTS.map(prompt => prompt.name).join(', ')}.`);
	for (const argument of definition.prompt.arguments ?? []) {
		if (argument.required === true && (args[argument.name] ?? '').trim() === '') {
			throw badInput(`The prompt "${name}" needs the argument "${argument.name}", e.g. ${argument.description ?? ''}`.trim());
		}
	}
	return {
		description: definition.prompt.description,
		messages: [{role: 'user', content: {type: 'text', text: definition.text(args)}}],
	};
}
