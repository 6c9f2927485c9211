import {badInput} from '../errors.js';
import type {QueryOptionValues} from './query-request.js';

/** Refuses options a command shares with `query` but has no use for, saying why. */
export function refuseFlags(values: QueryOptionValues, flags: readonly (keyof QueryOptionValues)[], reason: string): void {
	const given = flags.filter(flag => values[flag] !== undefined);
	if (given.length > 0) throw badInput(`${given.map(flag => `--${flag}`).join(', ')}: ${reason}`);
}
