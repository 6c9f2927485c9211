import {describe, expect, it} from 'vitest';
import {type IsoDate, addDays} from '../../source/dates.js';
import {appReducer, initialAppState} from '../../source/view/app-state.js';

const scope = {source: 'demo'} as const;
const lastDayOfMonth = '2026-11-30' as IsoDate;

describe('the app moves to a new day', () => {
	it('turns "this month" into the new month at midnight on the last day', () => {
		const state = initialAppState({scope, today: lastDayOfMonth});
		expect(state.period).toEqual({start: '2026-11-01', end: '2026-12-01'});
		const next = appReducer(state, {type: 'new-day', today: '2026-12-01' as IsoDate});
		expect(next.today).toBe('2026-12-01');
		expect(next.period).toEqual({start: '2026-12-01', end: '2026-12-02'});
	});

	it('slides a preset, stretches another period that ran through today, and leaves a past one', () => {
		const week = initialAppState({scope, today: lastDayOfMonth, preset: 'last-7-days'});
		const slid = appReducer(week, {type: 'new-day', today: '2026-12-01' as IsoDate});
		expect(slid.period).toEqual({start: addDays(week.period.start, 1), end: addDays(week.period.end, 1)});

		const base = initialAppState({scope, today: lastDayOfMonth});
		const custom = {...base, period: {start: '2026-11-10' as IsoDate, end: '2026-12-01' as IsoDate}};
		expect(appReducer(custom, {type: 'new-day', today: '2026-12-01' as IsoDate}).period).toEqual({start: '2026-11-10', end: '2026-12-02'});

		const past = {...base, period: {start: '2026-10-05' as IsoDate, end: '2026-10-20' as IsoDate}};
		expect(appReducer(past, {type: 'new-day', today: '2026-12-01' as IsoDate}).period).toEqual(past.period);
		expect(appReducer(past, {type: 'new-day', today: lastDayOfMonth})).toBe(past);
	});
});
