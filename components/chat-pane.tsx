import {Text} from 'ink';
import {memo, useCallback, useMemo, useRef, useState} from 'react';
import {useAppActions} from '../hooks/app-context.js';
import {useTheme} from '../hooks/theme-context.js';
import {useChatContext} from '../hooks/use-chat-context.js';
import {type ModelPicker, useChatKeys} from '../hooks/use-chat-keys.js';
import {answererLabel} from '../source/view/chat-answerer.js';
import {transcriptLines} from '../source/view/chat-lines.js';
import {ChatInputLine, inputHeight} from './chat-input-line.js';
import {ChatKeyList} from './chat-key-list.js';
import {ChatMessages} from './chat-messages.js';
import {ChatModelPicker} from './chat-model-picker.js';
import {PaneFrame} from './pane-frame.js';
import {BusySpinner} from './busy-spinner.js';

export interface ChatPaneProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
}

const maxInputRows = 4;

/** The right-hand pane: the conversation, the input line, and what the keys do now. */
export const ChatPane = memo(function ChatPane({width, height, focused}: ChatPaneProps) {
	const theme = useTheme();
	const {dispatch} = useAppActions();
	const {session, input} = useChatContext();
	const [scroll, setScroll] = useState(0);
	// Read by keys that arrive before the next render (Down then Enter in one burst).
	const pickerCursorNow = useRef<number | undefined>(undefined);
	const [pickerCursor, setPickerCursorState] = useState<number | undefined>(undefined);
	const setPickerCursor = (cursor: number | undefined) => {
		pickerCursorNow.current = cursor;
		setPickerCursorState(cursor);
	};
	const innerWidth = Math.max(1, width - 2);
	const innerHeight = Math.max(1, height - 2);
	const inputRowsShown = inputHeight(input.input, innerWidth, maxInputRows);
	const messagesHeight = Math.max(1, innerHeight - 2 - inputRowsShown);
	const lines = useMemo(() => transcriptLines(session.transcript.entries, innerWidth), [session.transcript, innerWidth]);
	const maxScroll = Math.max(0, lines.length - messagesHeight);
	const shownScroll = Math.min(scroll, maxScroll);

	const models = session.models.status === 'ready' ? session.models.models : [];
	const picker: ModelPicker = {
		cursor: pickerCursor ?? 0,
		count: models.length,
		open: () => {
			session.reloadModels();
			setPickerCursor(Math.max(0, models.findIndex(model => model.name === session.provider?.model)));
		},
		close: () => setPickerCursor(undefined),
		move: step => setPickerCursor(Math.max(0, Math.min(models.length - 1, (pickerCursorNow.current ?? 0) + step))),
		choose: () => {
			const model = models[pickerCursorNow.current ?? 0];
			setPickerCursor(undefined);
			if (model !== undefined) session.chooseModel(model.name);
		},
	};
	const scrollPages = useCallback(
		(pages: number) => setScroll(current => Math.max(0, Math.min(maxScroll, Math.min(current, maxScroll) + pages * Math.max(1, messagesHeight - 1)))),
		[maxScroll, messagesHeight],
	);
	useChatKeys({session, input, focused, pickerOpen: pickerCursor !== undefined, picker, scrollPages, dispatch});

	if (pickerCursor !== undefined) {
		return <ChatModelPicker width={width} height={height} models={session.models} cursor={pickerCursor} current={session.provider?.model} />;
	}
	const {phase} = session;
	const hint =
		phase.kind === 'confirming'
			? 'y send · n keep it here'
			: phase.kind === 'answering'
				? 'Esc cancels'
				: focused
					? 'Enter sends · ↑↓ history · Esc leaves'
					: 'i or Tab to ask';
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Text wrap="truncate" color={theme.text.accent} bold>
				Chat <Text color={theme.text.secondary}>· {answererLabel(session.answerer).replace(/^chat: /, '')}</Text>
				{shownScroll > 0 ? <Text color={theme.text.secondary}> · ↑{shownScroll} PgDn</Text> : null}
			</Text>
			{lines.length === 0 ? <ChatKeyList height={messagesHeight} /> : <ChatMessages lines={lines} height={messagesHeight} scroll={shownScroll} />}
			<ChatInputLine input={input.input} width={innerWidth} maxRows={maxInputRows} focused={focused} placeholder={focused ? '' : ' Ask about your costs'} />
			<Text wrap="truncate" color={theme.text.secondary}>
				{phase.kind === 'answering' ? (
					<Text color={theme.status.info}>
						<BusySpinner />{' '}
					</Text>
				) : null}
				{hint}
			</Text>
		</PaneFrame>
	);
});
