import {useEffect, useState} from 'react';
import type {Clock} from '../source/clock.js';
import type {IsoDate} from '../source/dates.js';

/**
 * Today by `clock`, re-read when the day changes (an app left open
 * overnight); `fallback` without a clock. A pinned clock never moves.
 */
export function useToday(clock: Clock | undefined, fallback: IsoDate): IsoDate {
	const [today, setToday] = useState(() => clock?.today() ?? fallback);
	useEffect(() => {
		if (clock === undefined) return undefined;
		let timer: NodeJS.Timeout | undefined;
		const schedule = (): void => {
			const wait = clock.untilNextDay();
			if (wait === undefined) return;
			// A moment past midnight, so the clock reads the new day when the timer fires.
			timer = setTimeout(() => {
				setToday(clock.today());
				schedule();
			}, wait + 50);
			timer.unref?.();
		};
		setToday(clock.today());
		schedule();
		return () => clearTimeout(timer);
	}, [clock]);
	return today;
}
