import {useEffect, useState} from 'react';
import {ApiError, failureText, isAbort} from './api.js';

export type Loaded<T> =
	| {readonly status: 'idle'}
	| {readonly status: 'loading'}
	| {readonly status: 'failed'; readonly message: string; readonly unauthorized: boolean}
	| {readonly status: 'ready'; readonly value: T};

interface Settled<T> {
	readonly key: string;
	readonly loaded: Loaded<T>;
}

/**
 * Runs `load` whenever `key` changes (nothing while it is undefined); a new
 * key aborts the call before it, and an answer for an old key is dropped,
 * so the screen never shows figures of another view.
 */
export function useApi<T>(key: string | undefined, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
	const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
	useEffect(() => {
		if (key === undefined) return undefined;
		const controller = new AbortController();
		load(controller.signal).then(
			value => {
				if (!controller.signal.aborted) setSettled({key, loaded: {status: 'ready', value}});
			},
			(error: unknown) => {
				if (controller.signal.aborted || isAbort(error)) return;
				setSettled({key, loaded: {status: 'failed', message: failureText(error), unauthorized: error instanceof ApiError && error.status === 401}});
			},
		);
		return () => controller.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `load` reads.
	}, [key]);
	if (key === undefined) return {status: 'idle'};
	return settled?.key === key ? settled.loaded : {status: 'loading'};
}
