import {useEffect, useMemo, useState} from 'react';
import type {Period} from '../source/dates.js';
import {oneLineMessage} from '../source/errors.js';
import type {GroupBy} from '../source/query.js';
import type {GroupKeys} from '../source/sources/source.js';
import {groupByChoices} from '../source/view/group-by-choices.js';
import type {EngineState} from './use-engine.js';

export interface GroupByChoices {
	readonly choices: readonly GroupBy[];
	/** "Listing tag keys…" or why they could not be listed; undefined once they are in. */
	readonly note: string | undefined;
}

interface Listed {
	readonly for: unknown;
	readonly periodKey: string;
	readonly keys?: GroupKeys;
	readonly problem?: string;
}

/**
 * The group-by picker's choices: the dimensions, and the tag keys and cost
 * categories the engine lists for the period. Asked only once the picker is
 * `wanted` (never at start-up), and again for another engine or period.
 */
export function useGroupByChoices(engineState: EngineState, period: Period, wanted: boolean): GroupByChoices {
	const engine = engineState.status === 'ready' ? engineState.engine : undefined;
	const periodKey = `${period.start}/${period.end}`;
	const [listed, setListed] = useState<Listed | undefined>(undefined);
	const current = listed !== undefined && listed.for === engine && listed.periodKey === periodKey ? listed : undefined;

	useEffect(() => {
		if (!wanted || engine === undefined || current !== undefined) return undefined;
		const controller = new AbortController();
		engine.groupKeys(period, controller.signal).then(
			keys => {
				if (!controller.signal.aborted) setListed({for: engine, periodKey, keys});
			},
			(error: unknown) => {
				if (!controller.signal.aborted) setListed({for: engine, periodKey, problem: `Tag keys: ${oneLineMessage(error)}`});
			},
		);
		return () => controller.abort();
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `periodKey` stands for `period`, which may be a new object with the same dates.
	}, [wanted, engine, periodKey, current]);

	const groupsByResource = engine?.capabilities.limits.groupsByResource === true;
	return useMemo(
		() => ({
			choices: groupByChoices(current?.keys, groupsByResource),
			note: current === undefined ? 'Listing tag keys and cost categories…' : current.problem,
		}),
		[current, groupsByResource],
	);
}
