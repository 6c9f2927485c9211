import {DISABLE_BRACKETED_PASTE, ENABLE_BRACKETED_PASTE} from '../source/view/key-chunks.js';

// Bracketed paste comes and goes with the screen, so a paste is never read as keys.
const enter = `\u001B[?1049h${ENABLE_BRACKETED_PASTE}`;
const leave = `${DISABLE_BRACKETED_PASTE}\u001B[?1049l`;
const showCursor = '\u001B[?25h';

export interface AlternateScreen {
	/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
	readonly restore: () => void;
}

/** Switches the terminal to its alternate screen (and bracketed paste), so quitting leaves the scrollback as it was. */
export function enterAlternateScreen(stdout: NodeJS.WriteStream): AlternateScreen {
	stdout.write(enter);
	let restored = false;
	return {
		restore: () => {
			if (restored) return;
			restored = true;
			stdout.write(leave + showCursor);
		},
	};
}
