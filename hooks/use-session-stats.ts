import {useRef} from 'react';
import type {CostEngine, RunStats} from '../source/engine.js';
import type {EngineState} from './use-engine.js';

const noStats: RunStats = {billableRequests: 0, cacheHits: 0, pages: 0};

const sum = (stats: readonly RunStats[]): RunStats =>
	stats.reduce(
		(total, each) => ({
			billableRequests: total.billableRequests + each.billableRequests,
			cacheHits: total.cacheHits + each.cacheHits,
			pages: total.pages + each.pages,
		}),
		noStats,
	);

/**
 * Adds up every engine the session has opened (one per account or profile),
 * so switching account never resets what the session has cost. Read at each
 * render: the engines count as requests go out.
 */
export function useSessionStats(engineState: EngineState): RunStats {
	const engines = useRef(new Set<CostEngine>());
	if (engineState.status === 'ready') engines.current.add(engineState.engine);
	return sum([...engines.current].map(engine => engine.sessionStats));
}
