import {useEffect, useRef, useState} from 'react';
import type {CostEngine} from '../source/engine.js';
import {oneLineMessage} from '../source/errors.js';
import type {EngineState} from './use-engine.js';

/** A piece of work over the engine beside the view: a forecast, anomalies, budgets. */
export type TaskState<T> =
	| {readonly status: 'idle'}
	| {readonly status: 'loading'}
	| {readonly status: 'ready'; readonly value: T}
	| {readonly status: 'failed'; readonly message: string};

export interface TaskOptions {
	readonly signal: AbortSignal;
	/** The user asked for fresh figures (`r`): skip the cache. */
	readonly refresh: boolean;
}

interface Settled<T> {
	readonly key: string;
	readonly state: TaskState<T>;
}

/**
 * Runs `task` once the engine is open, again whenever `key` changes, and
 * not at all while `key` is undefined. A new key or a refresh aborts the
 * run before it, and answers for an old key are dropped, so what comes back
 * always belongs to the key asked for.
 */
export function useEngineTask<T>(
	engineState: EngineState,
	key: string | undefined,
	refreshToken: number,
	task: (engine: CostEngine, options: TaskOptions) => Promise<T>,
): TaskState<T> {
	const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
	const latestTask = useRef(task);
	latestTask.current = task;
	const lastRefreshToken = useRef(refreshToken);
	const runKey = key === undefined ? undefined : `${key}#${refreshToken}`;

	useEffect(() => {
		if (engineState.status !== 'ready' || runKey === undefined) return undefined;
		const controller = new AbortController();
		const refresh = refreshToken !== lastRefreshToken.current;
		lastRefreshToken.current = refreshToken;
		latestTask.current(engineState.engine, {signal: controller.signal, refresh}).then(
			value => {
				if (!controller.signal.aborted) setSettled({key: runKey, state: {status: 'ready', value}});
			},
			(error: unknown) => {
				if (!controller.signal.aborted) setSettled({key: runKey, state: {status: 'failed', message: oneLineMessage(error)}});
			},
		);
		return () => controller.abort();
		// `runKey` stands for the task's inputs; with `key` undefined a new refresh token reruns nothing.
	}, [engineState, runKey, refreshToken]);

	if (runKey === undefined) return {status: 'idle'};
	if (engineState.status === 'failed') return {status: 'failed', message: engineState.message};
	return settled?.key === runKey ? settled.state : {status: 'loading'};
}
