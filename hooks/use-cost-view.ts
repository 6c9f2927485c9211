import {useEffect, useMemo, useRef, useState} from 'react';
import {runWithPrevious} from '../source/application/period-with-previous.js';
import {canonicalKey} from '../source/canonical.js';
import type {Period} from '../source/dates.js';
import type {QueryResult} from '../source/engine.js';
import {oneLineMessage} from '../source/errors.js';
import type {CostQuery} from '../source/query.js';
import type {EngineState} from './use-engine.js';

export interface LoadProgress {
	readonly pages: number;
	readonly rows: number;
}

/** What the screen shows for the current view; never data fetched for another query. */
export type CostView =
	| {readonly status: 'loading'; readonly progress: LoadProgress}
	| {readonly status: 'failed'; readonly message: string}
	| {
			readonly status: 'ready';
			readonly current: QueryResult;
			/** Undefined while the previous period is still loading or when it failed. */
			readonly previous: QueryResult | undefined;
			/** Why the previous period has no figures, when it failed. */
			readonly previousMessage: string | undefined;
			readonly progress: LoadProgress;
	  };

/** The figures fetched for one view (its key: see costViewKey), as far as they have come. */
export interface FetchedView {
	readonly key: string;
	readonly current?: QueryResult;
	readonly previous?: QueryResult;
	readonly previousMessage?: string;
	readonly message?: string;
	readonly progress: LoadProgress;
}

const noProgress: LoadProgress = {pages: 0, rows: 0};
/** Pages can stream in faster than a frame: progress is redrawn at most this often. */
const progressIntervalMs = 50;

/** What identifies a view's figures: the query, the period it is compared with and the refresh. */
export function costViewKey(query: CostQuery, comparison: Period, refreshToken: number): string {
	return `${canonicalKey(query)}#${comparison.start}/${comparison.end}#${refreshToken}`;
}

/**
 * Runs the view's query and the same query over the comparison period (for
 * the change columns) through the application layer's runWithPrevious. Each
 * new query or refresh aborts the requests of the one before; results
 * arriving for an old query are dropped. `first`, figures fetched before the
 * app started (see loadFirstView), stands for the first run of its key.
 */
export function useCostView(engineState: EngineState, query: CostQuery, comparison: Period, refreshToken: number, first?: FetchedView): CostView {
	const key = useMemo(() => costViewKey(query, comparison, refreshToken), [query, comparison.start, comparison.end, refreshToken]); // eslint-disable-line react-hooks/exhaustive-deps -- the period's dates are what matters, not the object
	const [fetched, setFetched] = useState<FetchedView>(() => (first?.key === key ? first : {key: '', progress: noProgress}));
	const lastRefreshToken = useRef(refreshToken);
	const firstKey = useRef(first?.key === key && first.current !== undefined ? key : undefined);

	useEffect(() => {
		if (engineState.status !== 'ready') return undefined;
		// The figures fetched before the app started are this very view's: no second run.
		const alreadyFetched = firstKey.current === key;
		firstKey.current = undefined;
		if (alreadyFetched) return undefined;
		const {engine} = engineState;
		const controller = new AbortController();
		const {signal} = controller;
		const refresh = refreshToken !== lastRefreshToken.current;
		lastRefreshToken.current = refreshToken;
		let progress = noProgress;
		let progressTimer: NodeJS.Timeout | undefined;
		const update = (change: (previous: FetchedView) => FetchedView) => {
			if (!signal.aborted) setFetched(previous => (previous.key === key ? change(previous) : previous));
		};
		setFetched({key, progress: noProgress});

		const {current, previous} = runWithPrevious(engine, query, {
			comparison,
			signal,
			refresh,
			// The app shows the last answer when Cost Explorer is down; the header marks it STALE.
			allowStale: true,
			onPage: (_page, rowsSoFar) => {
				progress = {pages: progress.pages + 1, rows: rowsSoFar};
				progressTimer ??= setTimeout(() => {
					progressTimer = undefined;
					update(previous => ({...previous, progress}));
				}, progressIntervalMs);
			},
		});
		current.then(
			result => update(previous => ({...previous, current: result, progress: {pages: result.stats.pages, rows: result.rows.length}})),
			(error: unknown) => update(previous => ({...previous, message: oneLineMessage(error)})),
		);
		previous.then(
			previousResult => update(previous => ({...previous, previous: previousResult})),
			(error: unknown) => update(previous => ({...previous, previousMessage: oneLineMessage(error)})),
		);
		return () => {
			controller.abort();
			if (progressTimer !== undefined) clearTimeout(progressTimer);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for query, comparison and refreshToken (new objects, same question).
	}, [engineState, key]);

	if (engineState.status === 'failed') return {status: 'failed', message: engineState.message};
	if (engineState.status !== 'ready' || fetched.key !== key) return {status: 'loading', progress: noProgress};
	if (fetched.message !== undefined) return {status: 'failed', message: fetched.message};
	if (fetched.current === undefined) return {status: 'loading', progress: fetched.progress};
	return {
		status: 'ready',
		current: fetched.current,
		previous: fetched.previous,
		previousMessage: fetched.previousMessage,
		progress: fetched.progress,
	};
}
