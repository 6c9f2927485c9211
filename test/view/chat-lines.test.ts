import {describe, expect, it} from 'vitest';
import {CostError, oneLineMessage} from '../../source/errors.js';
import {entryLines} from '../../source/view/chat-lines.js';
import type {ChatEntry} from '../../source/view/chat-transcript.js';

const text = (entry: ChatEntry): string =>
	entryLines(entry, 60)
		.map(line => line.spans.map(span => span.text).join(''))
		.join('\n');
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('the app shows remote text without its escape sequences', () => {
	it.each<ChatEntry>([
		{kind: 'answer', id: 1, text: 'EC2 rose \u001B[2J\u001B]0;pwned\u0007by **$10**.\r\nDone\u001B[31m.', ending: 'done'},
		{kind: 'notice', id: 2, text: 'model \u001B[1mdown\u0007', tone: 'error'},
		{kind: 'tool', id: 3, callId: undefined, state: 'ok', summary: 'query \u009B31mcosts'},
	])('%j', entry => {
		const shown = text(entry);
		expect(shown).not.toMatch(control);
		expect(shown).toMatch(/rose|down|costs/);
	});
	it('keeps the answer’s line breaks', () => {
		expect(text({kind: 'answer', id: 1, text: 'one\r\ntwo', ending: 'done'}).split('\n')).toHaveLength(2);
	});
});

describe('oneLineMessage', () => {
	it('removes escape sequences from any error, for stderr and the status line alike', () => {
		expect(oneLineMessage(new Error('bad \u001B[2Jthing\u0007'))).toBe('bad thing');
		expect(oneLineMessage(new CostError('bad-input', 'range "\u001B[31m2026"'))).toBe('range "2026"');
	});
});
