import {type IsoDate, addDays} from '../dates.js';
import type {AppState} from './app-state.js';
import {KEY_PRESETS, granularityFits, presetPeriod} from './view-options.js';

/**
 * The app's state once the clock has moved to `today` (an app left open
 * overnight): a preset period (this month, the last 7 days, …) becomes that
 * preset on the new day, another period that ran through the old today runs
 * through the new one, and any other period stays as it was.
 */
export function moveToDay(state: AppState, today: IsoDate): AppState {
	if (today === state.today) return state;
	const {period} = state;
	const preset = KEY_PRESETS.find(candidate => {
		const old = presetPeriod(candidate, state.today);
		return old.start === period.start && old.end === period.end;
	});
	const moved =
		preset !== undefined ? presetPeriod(preset, today) : period.end === addDays(state.today, 1) ? {start: period.start, end: addDays(today, 1)} : period;
	const granularity = granularityFits(state.granularity, moved, today) ? state.granularity : 'DAILY';
	return {...state, today, period: moved, granularity};
}
