import type {CostEngine} from '../engine.js';
import type {Scope} from '../query.js';

/** What a set of engines has counted: the figures /metrics exposes. */
export interface EngineCounts {
	readonly billableRequests: number;
	readonly cacheHits: number;
	readonly cacheMisses: number;
}

export const NO_COUNTS: EngineCounts = {billableRequests: 0, cacheHits: 0, cacheMisses: 0};

export interface ScopedEngine {
	readonly scope: Scope;
	readonly engine: CostEngine;
}

/** The engine counts every billable call its source makes (forecasts, anomalies and savings too). */
const billableRequests = (engine: CostEngine): number => engine.sessionStats.billableRequests;

export function countEngines(engines: readonly ScopedEngine[], base: EngineCounts = NO_COUNTS): EngineCounts {
	return engines.reduce(
		(sum, {engine}) => ({
			billableRequests: sum.billableRequests + billableRequests(engine),
			cacheHits: sum.cacheHits + engine.sessionStats.cacheHits,
			cacheMisses: sum.cacheMisses + engine.cacheMisses,
		}),
		base,
	);
}

/** Whether each AWS scope's Cost Explorer circuit is open; demo scopes have none. */
export function circuitStates(engines: readonly ScopedEngine[]): {readonly profile: string; readonly open: boolean}[] {
	return engines.flatMap(({scope, engine}) => {
		const open = engine.circuitOpen();
		return open === undefined ? [] : [{profile: scope.profile ?? 'default', open}];
	});
}
