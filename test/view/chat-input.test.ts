import {describe, expect, test} from 'vitest';
import {type ChatInput, type ChatInputAction, EMPTY_CHAT_INPUT, chatInputReducer, inputRows} from '../../source/view/chat-input.js';

const run = (actions: readonly ChatInputAction[], from: ChatInput = EMPTY_CHAT_INPUT): ChatInput => actions.reduce(chatInputReducer, from);
const typed = (text: string): ChatInputAction => ({type: 'insert', text});
const asked = (...questions: string[]): ChatInput => run(questions.flatMap(question => [typed(question), {type: 'submit'} as const]));

describe('editing', () => {
	test.each([
		['types at the end', [typed('ab'), typed('c')], 'abc', 3],
		['erases before the cursor', [typed('abc'), {type: 'erase-back'}], 'ab', 2],
		['erasing at the start does nothing', [typed('ab'), {type: 'move', to: 'start'}, {type: 'erase-back'}], 'ab', 0],
		['inserts where the cursor is', [typed('ac'), {type: 'move', to: 'left'}, typed('b')], 'abc', 2],
		['the cursor stays inside the text', [typed('a'), {type: 'move', to: 'right'}, {type: 'move', to: 'right'}], 'a', 1],
		['end after start', [typed('abc'), {type: 'move', to: 'start'}, {type: 'move', to: 'end'}], 'abc', 3],
		['counts characters, not UTF-16 units', [typed('€💰'), {type: 'erase-back'}], '€', 1],
		['a multi-line paste stays one text, CRLF normalised', [typed('line one\r\nline two\rthree')], 'line one\nline two\nthree', 23],
		['clear', [typed('abc'), {type: 'clear'}], '', 0],
		['set puts text back with the cursor at its end', [{type: 'set', text: 'why?'}], 'why?', 4],
	] as const)('%s', (_name, actions, text, cursor) => {
		const input = run(actions);
		expect(input.text).toBe(text);
		expect(input.cursor).toBe(cursor);
	});
});

describe('history', () => {
	test('submit remembers trimmed questions, not blanks or repeats', () => {
		expect(asked(' one ', '', 'two', 'two').history).toEqual(['one', 'two']);
		expect(asked('one').text).toBe('');
	});

	test('Up walks back, Down walks forward to the draft being written', () => {
		const start = run([typed('draft')], asked('one', 'two'));
		const up = chatInputReducer(start, {type: 'history', step: -1});
		expect(up.text).toBe('two');
		const upTwice = chatInputReducer(up, {type: 'history', step: -1});
		expect(upTwice.text).toBe('one');
		expect(chatInputReducer(upTwice, {type: 'history', step: -1}).text).toBe('one');
		const down = run([{type: 'history', step: 1}, {type: 'history', step: 1}], upTwice);
		expect(down.text).toBe('draft');
		expect(down.browsing).toBeUndefined();
		expect(down.cursor).toBe(5);
	});

	test('Down with nothing browsed and Up with no history do nothing', () => {
		const input = run([typed('x')]);
		expect(chatInputReducer(input, {type: 'history', step: -1})).toBe(input);
		const withHistory = run([typed('x')], asked('one'));
		expect(chatInputReducer(withHistory, {type: 'history', step: 1})).toBe(withHistory);
	});

	test('editing a recalled question then sending it adds it as new', () => {
		const recalled = run([{type: 'history', step: -1}, typed(' again'), {type: 'submit'}], asked('one'));
		expect(recalled.history).toEqual(['one', 'one again']);
		expect(recalled.browsing).toBeUndefined();
	});

	test('keeps the last hundred', () => {
		const many = asked(...Array.from({length: 105}, (_, index) => `q${index}`));
		expect(many.history).toHaveLength(100);
		expect(many.history[0]).toBe('q5');
	});
});

describe('inputRows', () => {
	test.each([
		['empty', '', 0, 10, [''], 0, 0],
		['one row, cursor at the end', 'abc', 3, 10, ['abc'], 0, 3],
		['cut at the width', 'abcdefgh', 5, 4, ['abcd', 'efgh'], 1, 1],
		['a full last row puts the cursor on a new row', 'abcd', 4, 4, ['abcd', ''], 1, 0],
		['line breaks start rows', 'ab\ncd', 4, 10, ['ab', 'cd'], 1, 1],
		['cursor at a line end', 'ab\ncd', 2, 10, ['ab', 'cd'], 0, 2],
		['an empty line between', 'a\n\nb', 2, 10, ['a', '', 'b'], 1, 0],
	] as const)('%s', (_name, text, cursor, width, rows, cursorRow, cursorColumn) => {
		expect(inputRows({text, cursor}, width)).toEqual({rows, cursorRow, cursorColumn});
	});
});
