export {Assistant, CUT_OFF_MARK, type AskOptions, type AssistantOptions} from './assistant.js';
export type {
	AnswerSource,
	AssistantEvent,
	OfflineAnswerer,
	OfflineContext,
	OfflineReply,
	TurnOutcome,
	TurnResult,
} from './assistant-events.js';
export {createChatProvider, type ProviderChoice} from './create-provider.js';
export {OfflineParserAnswerer} from './offline-answerer.js';
export {DEFAULT_OLLAMA_MODEL, OllamaProvider, type OllamaModel, type OllamaProviderOptions} from './ollama-provider.js';
export {DEFAULT_OLLAMA_HOST, resolveOllamaHost} from './ollama-host.js';
export {OpenAIProvider} from './openai-provider.js';
export {DEFAULT_OPENAI_BASE_URL, DEFAULT_OPENAI_MODEL, resolveOpenAISettings, type OpenAIProviderOptions} from './openai-settings.js';
export type {ChatEvent, ChatMessage, ChatProvider, ProviderName, ToolCall, ToolSpec} from './provider.js';
export {DisclosureLog, remoteDisclosure} from './remote-disclosure.js';
export {systemPrompt, type PromptContext} from './system-prompt.js';
export {ASSISTANT_TOOLS, registerTool, runToolCall, toolSpecs, type ToolContext, type ToolOutcome} from './tools/index.js';
