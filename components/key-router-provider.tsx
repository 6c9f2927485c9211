import {useApp, useInput, useStdin} from 'ink';
import {type ReactNode, useCallback, useEffect, useMemo, useRef} from 'react';
import {KeyRouterContext} from '../hooks/key-router-context.js';
import {KeyDecoder} from '../source/view/key-chunks.js';
import type {KeyMap} from '../source/view/key-map.js';
import {KeyRouter} from '../source/view/key-router.js';

/**
 * The app's only input listener: every key goes to the router, which hands
 * it to one handler, so two widgets never both act on the same Enter. Ink
 * delivers text read in one go as one event ("jjj", "why\r"); the decoder
 * cuts each read into keys so none is lost.
 */
export function KeyRouterProvider({keyMap, children}: {readonly keyMap: KeyMap; readonly children: ReactNode}) {
	const router = useMemo(() => new KeyRouter(), []);
	const routing = useMemo(() => ({router, keyMap}), [router, keyMap]);
	const {internal_eventEmitter: events, internal_exitOnCtrlC: exitOnCtrlC} = useStdin();
	const {exit} = useApp();
	const decoder = useMemo(() => new KeyDecoder(), []);
	const pending = useRef<string[]>([]);
	const flush = useCallback(() => {
		const chunks = pending.current;
		pending.current = [];
		for (const chunk of chunks) {
			for (const press of decoder.push(chunk)) {
				if (press.ctrl && press.input === 'c' && exitOnCtrlC) {
					// Ink quits on a read that is Ctrl-C alone; one inside a burst is ours to honour.
					if (chunk !== '\u0003') exit();
					return;
				}
				router.dispatch(press);
			}
		}
	}, [decoder, router, exitOnCtrlC, exit]);
	// The raw read is taken here; Ink's own listener (registered after this
	// one) then calls useInput's callback inside a batched update, so the keys
	// of one read cost one render. The microtask covers reads useInput skips.
	useEffect(() => {
		const onInput = (chunk: string) => {
			pending.current.push(chunk);
			queueMicrotask(flush);
		};
		events.on('input', onInput);
		return () => {
			events.off('input', onInput);
		};
	}, [events, flush]);
	useInput(flush);
	return <KeyRouterContext.Provider value={routing}>{children}</KeyRouterContext.Provider>;
}
