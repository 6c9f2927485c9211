import type {AppAction} from '../source/view/app-state.js';
import {type KeyPress, isTypedText} from '../source/view/key-press.js';
import {KEY_PRIORITY} from '../source/view/key-router.js';
import type {ChatInputStore} from './use-chat-input.js';
import type {ChatSession} from './use-chat.js';
import {useKeyHandler} from './use-key-handler.js';

/** The model picker inside the chat pane, while it is open. */
export interface ModelPicker {
	readonly cursor: number;
	readonly count: number;
	readonly open: () => void;
	readonly close: () => void;
	readonly move: (step: number) => void;
	readonly choose: () => void;
}

export interface ChatKeyContext {
	readonly session: ChatSession;
	readonly input: ChatInputStore;
	readonly focused: boolean;
	readonly pickerOpen: boolean;
	readonly picker: ModelPicker;
	/** Scrolls the conversation by pages; positive goes back. */
	readonly scrollPages: (pages: number) => void;
	readonly dispatch: (action: AppAction) => void;
}

/** Chat commands typed as a question. */
function runCommand(context: ChatKeyContext, command: string): void {
	const {session, picker} = context;
	if (command === '/model' || command === '/models') {
		if (session.provider?.name === 'ollama') picker.open();
		else session.note('The picker lists Ollama models; a remote model is set with --model or AWS_COST_OPENAI_MODEL.');
	} else if (command === '/new' || command === '/clear') session.newConversation();
	else session.note(`Unknown command ${command}: try /model or /new.`);
}

/** Keys while the chat has focus: it takes everything but Tab, so typing never triggers app keys. */
export function handleChatKey(context: ChatKeyContext, press: KeyPress): boolean {
	const {session, input, scrollPages, dispatch} = context;
	const {dispatchInput} = input;
	if (press.tab) return false;
	const phase = session.getPhase();
	if (phase.kind === 'confirming') {
		if (press.input === 'y') session.confirmRemote();
		else if (press.input === 'n' || press.escape) {
			const question = session.declineRemote();
			if (question !== undefined) dispatchInput({type: 'set', text: question});
		}
		return true;
	}
	if (press.escape) {
		if (phase.kind === 'answering') session.cancel();
		else dispatch({type: 'focus-pane', pane: 'table'});
	} else if (press.return) {
		const text = input.getInput().text.trim();
		if (text === '') return true;
		if (phase.kind === 'answering') {
			session.note('Still answering: Esc cancels it.');
			return true;
		}
		dispatchInput({type: 'submit'});
		if (/^\/\w+$/.test(text)) runCommand(context, text);
		else session.send(text);
	} else if (press.upArrow) dispatchInput({type: 'history', step: -1});
	else if (press.downArrow) dispatchInput({type: 'history', step: 1});
	else if (press.pageUp) scrollPages(1);
	else if (press.pageDown) scrollPages(-1);
	else if (press.leftArrow) dispatchInput({type: 'move', to: 'left'});
	else if (press.rightArrow) dispatchInput({type: 'move', to: 'right'});
	else if (press.home || (press.ctrl && press.input === 'a')) dispatchInput({type: 'move', to: 'start'});
	else if (press.end || (press.ctrl && press.input === 'e')) dispatchInput({type: 'move', to: 'end'});
	else if (press.ctrl && press.input === 'u') dispatchInput({type: 'clear'});
	else if (press.backspace || press.delete) dispatchInput({type: 'erase-back'});
	else if (isTypedText(press)) dispatchInput({type: 'insert', text: press.input});
	return true;
}

/** The picker takes every key while open, like the app's overlays. */
export function handlePickerKey(picker: ModelPicker, press: KeyPress): boolean {
	if (press.escape) picker.close();
	else if (press.return) picker.choose();
	else if (press.upArrow || press.input === 'k') picker.move(-1);
	else if (press.downArrow || press.input === 'j') picker.move(1);
	return true;
}

/** Registers the chat's input handler (and the picker's, above it) while the chat has focus. */
export function useChatKeys(context: ChatKeyContext): void {
	useKeyHandler(KEY_PRIORITY.overlay, press => handlePickerKey(context.picker, press), context.focused && context.pickerOpen);
	useKeyHandler(KEY_PRIORITY.input, press => handleChatKey(context, press), context.focused);
}
