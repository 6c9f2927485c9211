import {useCallback, useMemo, useReducer, useRef} from 'react';
import {type ChatInput, type ChatInputAction, EMPTY_CHAT_INPUT, chatInputReducer} from '../source/view/chat-input.js';

export interface ChatInputStore {
	/** The input this render shows. */
	readonly input: ChatInput;
	/** The input after every key so far, rendered or not: Enter right after typing sends it all. */
	readonly getInput: () => ChatInput;
	readonly dispatchInput: (action: ChatInputAction) => void;
}

/** The chat's input line, readable synchronously like the app store. */
export function useChatInput(): ChatInputStore {
	const current = useRef<ChatInput>(EMPTY_CHAT_INPUT);
	const [, rerender] = useReducer((version: number) => version + 1, 0);
	const getInput = useCallback(() => current.current, []);
	const dispatchInput = useCallback((action: ChatInputAction) => {
		const next = chatInputReducer(current.current, action);
		if (next === current.current) return;
		current.current = next;
		rerender();
	}, []);
	const input = current.current;
	return useMemo(() => ({input, getInput, dispatchInput}), [input, getInput, dispatchInput]);
}
