/**
 * One keypress as the router sees it, decoded from what the terminal sent
 * (key-chunks.ts). Keeping our own shape lets the key map and router be
 * tested without a terminal.
 */
export interface KeyPress {
	/** The printable text typed, '' for special keys. */
	readonly input: string;
	readonly upArrow: boolean;
	readonly downArrow: boolean;
	readonly leftArrow: boolean;
	readonly rightArrow: boolean;
	readonly pageUp: boolean;
	readonly pageDown: boolean;
	readonly home: boolean;
	readonly end: boolean;
	readonly return: boolean;
	readonly escape: boolean;
	readonly tab: boolean;
	readonly backspace: boolean;
	readonly delete: boolean;
	readonly ctrl: boolean;
	readonly shift: boolean;
	readonly meta: boolean;
	/** A bracketed paste: `input` holds all of it, line breaks included, and it is never a command. */
	readonly paste: boolean;
}

const noKeys: Omit<KeyPress, 'input'> = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageUp: false,
	pageDown: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	tab: false,
	backspace: false,
	delete: false,
	ctrl: false,
	shift: false,
	meta: false,
	paste: false,
};

/** A keypress with only the given flags set; for tests and synthetic input. */
export function keyPress(input: string, flags: Partial<Omit<KeyPress, 'input'>> = {}): KeyPress {
	return {...noKeys, input, ...flags};
}

/** True for text a filter or search box should take as typed characters. */
export function isTypedText(press: KeyPress): boolean {
	return press.input !== '' && !press.ctrl && !press.meta && !press.tab && !press.return && !press.escape;
}
