import {useEffect, useRef} from 'react';
import type {KeyHandler} from '../source/view/key-router.js';
import {useKeyRouting} from './key-router-context.js';

/**
 * Registers a key handler at a priority for as long as the component lives.
 * The handler and `active` are read at each keypress from what the latest
 * render passed, not from an effect: effects run after the frame is drawn,
 * and a key typed in between must already reach the overlay on screen.
 */
export function useKeyHandler(priority: number, handler: KeyHandler, active = true): void {
	const {router} = useKeyRouting();
	const latest = useRef({handler, active});
	latest.current = {handler, active};
	useEffect(() => router.register(priority, press => latest.current.active && latest.current.handler(press)), [router, priority]);
}
