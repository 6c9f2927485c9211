import {describe, expect, it} from 'vitest';
import {terminalLines, terminalText, withoutEscapes} from '../source/terminal-text.js';

describe('terminalText', () => {
	it.each([
		['plain', 'plain'],
		['\u001B[31mred\u001B[0m', 'red'],
		['\u001B]0;owned title\u0007after', 'after'],
		['\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\', 'link'],
		['clear\u001B[2J\u001B[Hscreen', 'clearscreen'],
		['two\nlines\r\nhere', 'two lines here'],
		['tab\there', 'tab here'],
		['bell\u0007 nul\u0000 del\u007F c1\u009B31m', 'bell nul del c1'],
		['\u202Egnp.exe', 'gnp.exe'],
		['Amazon EC2 – Compute €', 'Amazon EC2 – Compute €'],
		['', ''],
	])('%j → %j', (input, output) => {
		expect(terminalText(input)).toBe(output);
	});
});

describe('terminalLines', () => {
	it('keeps line breaks and removes escapes on every line', () => {
		expect(terminalLines('one\u001B[1m\r\ntwo\u001B]0;x\u0007\nthree\u0008')).toBe('one\ntwo\nthree');
	});
});

describe('withoutEscapes', () => {
	it('keeps tabs and line breaks for files that quote cells', () => {
		expect(withoutEscapes('a\tb\r\nc\u001B[31m\u0000')).toBe('a\tb\r\nc');
	});
});
