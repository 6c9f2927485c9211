import {useEffect, useRef} from 'react';
import type {KeyHandler} from '../source/view/key-router.js';
import {useKeyRouting} from './key-router-context.js';

/**
 * Registers a key handler at a priority while `active`. The latest handler
 * is always the one called, so it may close over fresh state without
 * re-registering on every render.
 */
export function useKeyHandler(priority: number, handler: KeyHandler, active = true): void {
	const {router} = useKeyRouting();
	const latest = useRef(handler);
	latest.current = handler;
	useEffect(() => {
		if (!active) return undefined;
		return router.register(priority, press => latest.current(press));
	}, [router, priority, active]);
}
