const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

export interface AlternateScreen {
	/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
	readonly restore: () => void;
}

/** Switches the terminal to its alternate screen, so quitting leaves the scrollback as it was. */
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
