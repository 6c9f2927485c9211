import {type ReactNode, useCallback, useMemo} from 'react';
import {ChatContext, ChatStatusContext} from '../hooks/use-chat-context.js';
import {useChat} from '../hooks/use-chat.js';
import type {ChatSetup} from '../source/view/chat-setup.js';
import {useChatInput} from '../hooks/use-chat-input.js';
import type {EngineState} from '../hooks/use-engine.js';
import type {Period} from '../source/dates.js';
import type {CostQuery} from '../source/query.js';
import type {AppAction} from '../source/view/app-state.js';
import {answererLabel} from '../source/view/chat-answerer.js';

export interface ChatSessionProps {
	readonly setup: ChatSetup;
	readonly engineState: EngineState;
	/** The view on screen: what "this" and "the month before" refer to. */
	readonly view: CostQuery;
	readonly dispatch: (action: AppAction) => void;
	/** The chat pane has focus: Ollama's models are listed once it first has. */
	readonly active: boolean;
	readonly children: ReactNode;
}

/**
 * Owns the chat for the whole app's life (it outlives the pane, which an
 * overlay hides) and publishes it through narrow contexts: a streaming
 * answer re-renders the chat pane, not the chart and table.
 */
export function ChatSession({setup, engineState, view, dispatch, active, children}: ChatSessionProps) {
	const onQuery = useCallback(
		(query: CostQuery, comparison?: Period) => dispatch({type: 'show-query', query, ...(comparison === undefined ? {} : {comparison})}),
		[dispatch],
	);
	const session = useChat(setup, engineState, view, onQuery, active);
	const input = useChatInput();
	const value = useMemo(() => ({session, input}), [session, input]);
	return (
		<ChatStatusContext.Provider value={answererLabel(session.answerer)}>
			<ChatContext.Provider value={value}>{children}</ChatContext.Provider>
		</ChatStatusContext.Provider>
	);
}
