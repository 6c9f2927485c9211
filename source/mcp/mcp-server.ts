import {Server} from '@modelcontextprotocol/sdk/server/index.js';
import {
	CallToolRequestSchema,
	ErrorCode,
	GetPromptRequestSchema,
	ListPromptsRequestSchema,
	ListResourcesRequestSchema,
	ListToolsRequestSchema,
	McpError,
	ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import packageJson from '../../package.json' with {type: 'json'};
import {oneLineMessage} from '../errors.js';
import type {McpBackend} from './backend.js';
import {callTool} from './call-tool.js';
import {getPrompt, MCP_PROMPTS} from './prompts.js';
import {RequestBudget} from './request-budget.js';
import {SCOPE_RESOURCE_URI, scopeDescription} from './scope-resource.js';
import {mcpTools} from './tool-list.js';

const INSTRUCTIONS = `aws-cost answers questions about AWS costs with exact figures from Cost Explorer (or its demo organization).
Read the ${SCOPE_RESOURCE_URI} resource first: it says whether the data is a demo, whose account it is, and which day is today.
Call \`today\` before naming dates; periods have an EXCLUSIVE end. Use \`dimension_values\` for exact names before filtering.
Quote only figures the tools returned. Each session has a budget of billable requests; cached answers are free.`;

/**
 * One MCP server session: the chat's tools, the scope resource and the
 * prompts, answering from `backend` within one request budget. Make one per
 * connection (stdio) or per MCP session (HTTP).
 */
export function createMcpServer(backend: McpBackend): Server {
	const budget = new RequestBudget(backend.maxRequests);
	const server = new Server(
		{name: 'aws-cost', title: 'aws-cost', version: packageJson.version},
		{capabilities: {tools: {}, resources: {}, prompts: {}}, instructions: INSTRUCTIONS},
	);
	const tools = mcpTools(backend.scopes);
	server.setRequestHandler(ListToolsRequestSchema, () => ({tools}));
	// The SDK aborts `signal` on cancellation and on disconnect; the tool's queries stop with it.
	server.setRequestHandler(CallToolRequestSchema, (request, extra) => callTool(backend, budget, request.params.name, request.params.arguments, extra.signal));
	server.setRequestHandler(ListResourcesRequestSchema, () => ({
		resources: [
			{
				uri: SCOPE_RESOURCE_URI,
				name: 'scope',
				title: 'What these costs are',
				description: 'Demo or live data, the AWS identity that answers, today, and the request budget left.',
				mimeType: 'application/json',
			},
		],
	}));
	server.setRequestHandler(ReadResourceRequestSchema, async request => {
		if (request.params.uri !== SCOPE_RESOURCE_URI) {
			throw new McpError(ErrorCode.InvalidParams, `There is no resource ${JSON.stringify(request.params.uri)}: read ${SCOPE_RESOURCE_URI}.`);
		}
		const text = JSON.stringify(await scopeDescription(backend, budget), null, 2);
		return {contents: [{uri: SCOPE_RESOURCE_URI, mimeType: 'application/json', text}]};
	});
	server.setRequestHandler(ListPromptsRequestSchema, () => ({prompts: [...MCP_PROMPTS]}));
	server.setRequestHandler(GetPromptRequestSchema, request => {
		try {
			return getPrompt(request.params.name, request.params.arguments);
		} catch (error) {
			throw new McpError(ErrorCode.InvalidParams, oneLineMessage(error));
		}
	});
	return server;
}
