/** The chat's input line: its text, the cursor, and the questions asked before. */
export interface ChatInput {
	readonly text: string;
	/** In characters (code points) from the start of `text`. */
	readonly cursor: number;
	/** Questions sent, oldest first. */
	readonly history: readonly string[];
	/** While Up/Down walk the history: where, and the line being written before. */
	readonly browsing?: {readonly index: number; readonly draft: string};
}

export type ChatInputAction =
	| {readonly type: 'insert'; readonly text: string}
	| {readonly type: 'erase-back'}
	| {readonly type: 'move'; readonly to: 'left' | 'right' | 'start' | 'end'}
	| {readonly type: 'history'; readonly step: -1 | 1}
	| {readonly type: 'clear'}
	/** Sets the text (a declined question put back), cursor at its end. */
	| {readonly type: 'set'; readonly text: string}
	/** The line was sent: remember it and start a new one. */
	| {readonly type: 'submit'};

export const EMPTY_CHAT_INPUT: ChatInput = {text: '', cursor: 0, history: []};
const maxHistory = 100;

const withText = (input: ChatInput, text: string): ChatInput => {
	const {browsing: _browsing, ...rest} = input;
	return {...rest, text, cursor: [...text].length};
};

/** The one place the input line changes; pure, so keys typed faster than frames apply in order. */
export function chatInputReducer(input: ChatInput, action: ChatInputAction): ChatInput {
	const chars = [...input.text];
	switch (action.type) {
		case 'insert': {
			// A paste arrives as one chunk; its line breaks stay in the question.
			const inserted = [...action.text.replace(/\r\n?/g, '\n')];
			const text = [...chars.slice(0, input.cursor), ...inserted, ...chars.slice(input.cursor)].join('');
			return {...input, text, cursor: input.cursor + inserted.length};
		}
		case 'erase-back':
			if (input.cursor === 0) return input;
			return {...input, text: [...chars.slice(0, input.cursor - 1), ...chars.slice(input.cursor)].join(''), cursor: input.cursor - 1};
		case 'move': {
			const cursor =
				action.to === 'start' ? 0 : action.to === 'end' ? chars.length : input.cursor + (action.to === 'left' ? -1 : 1);
			return {...input, cursor: Math.max(0, Math.min(chars.length, cursor))};
		}
		case 'history': {
			const {history} = input;
			if (history.length === 0) return input;
			const index = (input.browsing?.index ?? history.length) + action.step;
			if (index < 0) return input;
			if (index >= history.length) {
				return input.browsing === undefined ? input : withText(input, input.browsing.draft);
			}
			const draft = input.browsing?.draft ?? input.text;
			return {...withText(input, history[index]!), browsing: {index, draft}};
		}
		case 'clear':
			return withText(input, '');
		case 'set':
			return withText(input, action.text);
		case 'submit': {
			const sent = input.text.trim();
			const history = sent === '' || input.history.at(-1) === sent ? input.history : [...input.history, sent].slice(-maxHistory);
			return {text: '', cursor: 0, history};
		}
	}
}

export interface InputRows {
	/** The text cut into rows of at most `width` characters, at its line breaks and at the width. */
	readonly rows: readonly string[];
	readonly cursorRow: number;
	readonly cursorColumn: number;
}

/** Lays the input out for a box `width` characters wide, and says where the cursor falls. */
export function inputRows(input: Pick<ChatInput, 'text' | 'cursor'>, width: number): InputRows {
	const room = Math.max(1, width);
	const rows: string[] = [];
	let cursorRow = 0;
	let cursorColumn = 0;
	let offset = 0;
	for (const line of input.text.split('\n')) {
		const chars = [...line];
		for (let start = 0; start === 0 || start < chars.length; start += room) {
			const row = chars.slice(start, start + room);
			const end = offset + start + row.length;
			// The cursor after a full row's last character shows at the start of the next row.
			if (input.cursor >= offset + start && (input.cursor < end || (input.cursor === end && row.length < room))) {
				cursorRow = rows.length;
				cursorColumn = input.cursor - offset - start;
			}
			rows.push(row.join(''));
			if (row.length === room && start + room === chars.length && input.cursor === end) {
				cursorRow = rows.length;
				cursorColumn = 0;
				rows.push('');
			}
		}
		offset += chars.length + 1;
	}
	return {rows, cursorRow, cursorColumn};
}
