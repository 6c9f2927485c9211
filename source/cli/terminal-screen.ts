import {DISABLE_BRACKETED_PASTE, ENABLE_BRACKETED_PASTE} from '../view/key-chunks.js';

// Bracketed paste comes and goes with the screen, so a paste is never read as keys.
const enter = `\u001B[?1049h${ENABLE_BRACKETED_PASTE}`;
const leave = `${DISABLE_BRACKETED_PASTE}\u001B[?1049l`;
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
const homeAndClear = '\u001B[H\u001B[2J';
/** Begin synchronized update: the terminal shows nothing until its end, so the clear goes after it. */
const beginSynchronized = '\u001B[?2026h';

export interface ScreenStream {
	write(text: string): unknown;
}

export interface AlternateScreen {
	/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
	readonly restore: () => void;
	/**
	 * The app takes over: the next write clears what is on screen in the same
	 * write, so the first real frame replaces the start-up frame without a
	 * blank screen in between.
	 */
	readonly handOver: (stdout: ScreenStream) => void;
}

/**
 * Switches the terminal to its alternate screen, so quitting leaves the
 * scrollback as it was; `firstFrame`, when given, is painted at once.
 */
export function enterAlternateScreen(stdout: ScreenStream, firstFrame?: string): AlternateScreen {
	stdout.write(firstFrame === undefined ? enter : `${enter}${hideCursor}${homeAndClear}${firstFrame}`);
	let restored = false;
	return {
		restore: () => {
			if (restored) return;
			restored = true;
			stdout.write(leave + showCursor);
		},
		handOver: target => {
			if (firstFrame === undefined) return;
			const ownWrite = Object.hasOwn(target, 'write');
			const write = target.write as (this: ScreenStream, ...args: unknown[]) => unknown;
			target.write = function (this: ScreenStream, chunk: unknown, ...rest: unknown[]) {
				if (chunk === beginSynchronized) return write.call(this, chunk, ...rest);
				if (ownWrite) target.write = write;
				else delete (target as Partial<ScreenStream>).write;
				if (typeof chunk !== 'string') write.call(this, homeAndClear);
				return write.call(this, typeof chunk === 'string' ? homeAndClear + chunk : chunk, ...rest);
			};
		},
	};
}

/**
 * OSC 52: asks the terminal to put `text` on the system clipboard. Terminals
 * that do not support it ignore it; nothing is drawn either way.
 */
export function clipboardSequence(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/**
 * Ctrl-C or a SIGTERM (the terminal may not be in raw mode yet) and any exit
 * give the terminal back. Returns the function that removes these handlers.
 */
export function restoreOnSignal(screen: AlternateScreen): () => void {
	const onSignal = (signal: NodeJS.Signals) => {
		screen.restore();
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	process.once('exit', screen.restore);
	return () => {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('exit', screen.restore);
	};
}
