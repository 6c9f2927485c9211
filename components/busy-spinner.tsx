import {Text} from 'ink';
import {useEffect, useState} from 'react';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;

/**
 * Ink redraws the whole screen for any change, so a spinner costs a full
 * frame per tick: ink-spinner's 80 ms "dots" meant 12 screens a second
 * competing with keypresses. Four a second still shows the app is busy.
 */
export const SPINNER_INTERVAL_MS = 250;

/** The mark before "Loading…" in the status line and an answer being written in the chat. */
export function BusySpinner() {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(previous => (previous + 1) % FRAMES.length), SPINNER_INTERVAL_MS);
		return () => clearInterval(timer);
	}, []);
	return <Text>{FRAMES[frame]}</Text>;
}
