import {type KeyPress, keyPress} from '../source/view/key-press.js';

const NAMED: Record<string, Partial<KeyPress>> = {
	ArrowUp: {upArrow: true},
	ArrowDown: {downArrow: true},
	ArrowLeft: {leftArrow: true},
	ArrowRight: {rightArrow: true},
	PageUp: {pageUp: true},
	PageDown: {pageDown: true},
	Home: {home: true},
	End: {end: true},
	Enter: {return: true},
	Escape: {escape: true},
	Tab: {tab: true},
	Backspace: {backspace: true},
	Delete: {delete: true},
};

/** A browser key event in the app's own KeyPress shape, so the app's key map decides what it does. */
export function keyPressFromEvent(event: KeyboardEvent): KeyPress {
	const named = NAMED[event.key];
	const input = named === undefined && [...event.key].length === 1 ? event.key : '';
	return keyPress(input, {ctrl: event.ctrlKey, shift: event.shiftKey, meta: event.metaKey || event.altKey, ...named});
}

/** Typing in a field is text, not commands (Escape still leaves the field). */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
