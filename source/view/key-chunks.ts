import {type KeyPress, keyPress} from './key-press.js';

const ESC = '\u001B';
const pasteStart = `${ESC}[200~`;
const pasteEnd = `${ESC}[201~`;

/** Turns on bracketed paste, so a paste arrives marked and is never taken for typed keys. */
export const ENABLE_BRACKETED_PASTE = `${ESC}[?2004h`;
export const DISABLE_BRACKETED_PASTE = `${ESC}[?2004l`;

/** Length of the escape sequence at `index` (CSI, SS3, ESC ESC CSI, or ESC + one character). */
function escapeSequenceLength(text: string, index: number): number {
	const next = text[index + 1];
	if (next === undefined) return 1;
	if (next === ESC) {
		const inner = text[index + 2] === '[' || text[index + 2] === 'O' ? escapeSequenceLength(text, index + 1) : 1;
		return 1 + inner;
	}
	if (next === 'O') return Math.min(3, text.length - index);
	if (next === '[') {
		let end = index + 2;
		// Legacy function keys: ESC [ [ A.
		if (text[end] === '[') end++;
		while (end < text.length && /[\d;:<=>?!"#$%&'()*+,\-./ ]/.test(text[end]!)) end++;
		return Math.min(end + 1, text.length) - index;
	}
	return 1 + (text.codePointAt(index + 1)! > 0xff_ff ? 2 : 1);
}

/**
 * Cuts a chunk read from the terminal into single keys: each escape
 * sequence whole, every other character on its own (surrogate pairs kept
 * together). Bracketed-paste markers come out as keys of their own.
 */
export function splitKeys(chunk: string): string[] {
	const keys: string[] = [];
	let index = 0;
	while (index < chunk.length) {
		const length = chunk[index] === ESC ? escapeSequenceLength(chunk, index) : chunk.codePointAt(index)! > 0xff_ff ? 2 : 1;
		keys.push(chunk.slice(index, index + length));
		index += length;
	}
	return keys;
}

const csiFinals: Readonly<Record<string, Partial<KeyPress>>> = {
	A: {upArrow: true},
	B: {downArrow: true},
	C: {rightArrow: true},
	D: {leftArrow: true},
	H: {home: true},
	F: {end: true},
	Z: {tab: true, shift: true},
};

const tildeCodes: Readonly<Record<string, Partial<KeyPress>>> = {
	'1': {home: true},
	'7': {home: true},
	'4': {end: true},
	'8': {end: true},
	'3': {delete: true},
	'5': {pageUp: true},
	'6': {pageDown: true},
};

/** xterm's modifier parameter: 1 + shift (1) + alt (2) + ctrl (4). */
function modifiers(parameter: string | undefined): Partial<KeyPress> {
	const bits = Math.max(0, Number(parameter ?? '1') - 1);
	return {
		...(bits & 1 ? {shift: true} : {}),
		...(bits & 2 ? {meta: true} : {}),
		...(bits & 4 ? {ctrl: true} : {}),
	};
}

function decodeEscape(sequence: string): KeyPress {
	if (sequence === ESC) return keyPress('', {escape: true});
	if (sequence.startsWith(`${ESC}${ESC}`)) {
		const inner = decodeEscape(sequence.slice(1));
		return {...inner, meta: true, escape: false};
	}
	const body = sequence.slice(1);
	if (body.startsWith('O') && body.length === 2) {
		const flags = csiFinals[body[1]!];
		return flags === undefined ? keyPress('') : keyPress('', flags);
	}
	if (body.startsWith('[')) {
		const final = body.at(-1)!;
		const parameters = body.slice(1, -1).replace(/^\[/, '').split(';');
		const flags = final === '~' ? tildeCodes[parameters[0] ?? ''] : csiFinals[final];
		return flags === undefined ? keyPress('') : keyPress('', {...flags, ...modifiers(parameters[1])});
	}
	// Alt (meta) with a character.
	return {...decodeKey(body), meta: true};
}

/** One key as the router sees it; an unknown escape sequence is a key with no input and no flags. */
export function decodeKey(key: string): KeyPress {
	if (key.startsWith(ESC)) return decodeEscape(key);
	if (key === '\r' || key === '\n') return keyPress('', {return: true});
	if (key === '\t') return keyPress('', {tab: true});
	// Most terminals send DEL for Backspace; BS comes from Ctrl-H or older ones.
	if (key === '\u007F' || key === '\b') return keyPress('', {backspace: true});
	const code = key.codePointAt(0) ?? 0;
	if (code === 0) return keyPress(' ', {ctrl: true});
	if (code < 0x20) return keyPress(String.fromCodePoint(code + 96), {ctrl: true});
	return keyPress(key, /^[A-Z]$/.test(key) ? {shift: true} : {});
}

/**
 * Turns what the terminal sends into keypresses, one per key, however many
 * arrive in one read ("jjj", "why\r", a burst of arrows). A bracketed paste,
 * which may span reads, becomes one keypress carrying all its text.
 */
export class KeyDecoder {
	private paste: string[] | undefined;

	push(chunk: string): KeyPress[] {
		const presses: KeyPress[] = [];
		for (const key of splitKeys(chunk)) {
			if (key === pasteStart) this.paste = [];
			else if (key === pasteEnd) {
				if (this.paste !== undefined && this.paste.length > 0) presses.push(keyPress(this.paste.join(''), {paste: true}));
				this.paste = undefined;
			} else if (this.paste !== undefined) this.paste.push(key);
			else presses.push(decodeKey(key));
		}
		return presses;
	}
}
