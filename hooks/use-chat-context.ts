import {createContext, useContext} from 'react';
import type {ChatSession} from './use-chat.js';
import type {ChatInputStore} from './use-chat-input.js';

export interface ChatContextValue {
	readonly session: ChatSession;
	readonly input: ChatInputStore;
}

/** The conversation and the input line: fast-changing, so only the chat pane reads them. */
export const ChatContext = createContext<ChatContextValue | undefined>(undefined);
/** Who answers ("chat: ollama qwen2.5"), for the status bar: changes rarely. */
export const ChatStatusContext = createContext<string | undefined>(undefined);

export function useChatContext(): ChatContextValue {
	const value = useContext(ChatContext);
	if (value === undefined) throw new Error('useChatContext must be used inside <ChatSession>.');
	return value;
}

export function useChatStatus(): string {
	const value = useContext(ChatStatusContext);
	if (value === undefined) throw new Error('useChatStatus must be used inside <ChatSession>.');
	return value;
}
