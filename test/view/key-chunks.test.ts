import {describe, expect, test} from 'vitest';
import {KeyDecoder, decodeKey, splitKeys} from '../../source/view/key-chunks.js';
import {keyPress} from '../../source/view/key-press.js';

describe('splitting a read into keys', () => {
	test.each([
		['jjj', ['j', 'j', 'j']],
		['why\r', ['w', 'h', 'y', '\r']],
		['\u001B[B\u001B[Bk', ['\u001B[B', '\u001B[B', 'k']],
		['a\u001B[5~b', ['a', '\u001B[5~', 'b']],
		['\u001B[1;5Cx', ['\u001B[1;5C', 'x']],
		['\u001BOA\u001BOB', ['\u001BOA', '\u001BOB']],
		['\u001B\u001B[A', ['\u001B\u001B[A']],
		['\u001Bj', ['\u001Bj']],
		['\u001B', ['\u001B']],
		['💸é\t', ['💸', 'é', '\t']],
		['', []],
	])('%j → %j', (chunk, expected) => {
		expect(splitKeys(chunk)).toEqual(expected);
	});
});

describe('decoding one key', () => {
	test.each([
		['j', keyPress('j')],
		['G', keyPress('G', {shift: true})],
		['\r', keyPress('', {return: true})],
		['\n', keyPress('', {return: true})],
		['\t', keyPress('', {tab: true})],
		['\u001B[Z', keyPress('', {tab: true, shift: true})],
		['\u007F', keyPress('', {backspace: true})],
		['\b', keyPress('', {backspace: true})],
		['\u001B[3~', keyPress('', {delete: true})],
		['\u001B', keyPress('', {escape: true})],
		['\u001B[A', keyPress('', {upArrow: true})],
		['\u001BOB', keyPress('', {downArrow: true})],
		['\u001B[1;2C', keyPress('', {rightArrow: true, shift: true})],
		['\u001B[5~', keyPress('', {pageUp: true})],
		['\u001B[6~', keyPress('', {pageDown: true})],
		['\u001B[H', keyPress('', {home: true})],
		['\u001B[4~', keyPress('', {end: true})],
		['\u0001', keyPress('a', {ctrl: true})],
		['\u0015', keyPress('u', {ctrl: true})],
		['\u001Bx', keyPress('x', {meta: true})],
		['\u001B\u001B[A', keyPress('', {upArrow: true, meta: true})],
		['\u001B[99x', keyPress('')],
	])('%j', (key, expected) => {
		expect(decodeKey(key)).toEqual(expected);
	});
});

describe('the decoder', () => {
	test('every key of a read becomes its own keypress, in order', () => {
		const presses = new KeyDecoder().push('jj\u001B[Bk\r');
		expect(presses).toEqual([keyPress('j'), keyPress('j'), keyPress('', {downArrow: true}), keyPress('k'), keyPress('', {return: true})]);
	});

	test('a bracketed paste is one keypress, even across reads and with line breaks and escapes in it', () => {
		const decoder = new KeyDecoder();
		expect(decoder.push('x\u001B[200~first\r')).toEqual([keyPress('x')]);
		expect(decoder.push('second \u001B[A')).toEqual([]);
		expect(decoder.push('line\u001B[201~\r')).toEqual([
			keyPress('first\rsecond \u001B[Aline', {paste: true}),
			keyPress('', {return: true}),
		]);
	});

	test('an empty paste gives nothing', () => {
		expect(new KeyDecoder().push('\u001B[200~\u001B[201~')).toEqual([]);
	});
});
