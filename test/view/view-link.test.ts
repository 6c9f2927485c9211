import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {type AppState, appReducer, initialAppState, viewQuery} from '../../source/view/app-state.js';
import {viewFromLink, viewLinkParameters} from '../../source/view/view-link.js';

const today = '2026-11-25' as IsoDate;
const base = initialAppState({scope: {source: 'demo'}, today});

const roundTrip = (state: AppState): AppState => {
	const linked = viewFromLink(base, new URLSearchParams(viewLinkParameters(state).toString()));
	if (!linked.ok) throw new Error(linked.message);
	return linked.state;
};

describe('view links', () => {
	it('names the default view with its period, granularity, metric and grouping only', () => {
		expect(viewLinkParameters(base).toString()).toBe('from=2026-11-01&to=2026-11-25&granularity=DAILY&metric=UnblendedCost&by=SERVICE');
	});

	it('carries a two-level drill-down, so the link asks the same query', () => {
		let state = appReducer(base, {type: 'drill', key: 'Amazon Elastic Compute Cloud - Compute'});
		state = appReducer(state, {type: 'drill', key: 'USE1-BoxUsage:m5.large'});
		state = appReducer(state, {type: 'preset', preset: 'last-month'});
		state = appReducer(state, {type: 'set-filter-text', text: 'us-'});
		state = appReducer(state, {type: 'reverse-sort'});
		const back = roundTrip(state);
		expect(viewQuery(back)).toEqual(viewQuery(state));
		expect(back.views.map(view => view.via?.key)).toEqual([undefined, 'Amazon Elastic Compute Cloud - Compute', 'USE1-BoxUsage:m5.large']);
		expect(back.filterText).toBe('us-');
		expect(back.sort).toEqual({column: 'amount', descending: false});
		// Back up from a linked view goes where the app's Back goes.
		expect(viewQuery(appReducer(back, {type: 'back'}))).toEqual(viewQuery(appReducer(state, {type: 'back'})));
	});

	it('carries tags, a second group-by, a pair drill and the account', () => {
		let state = appReducer(base, {type: 'set-group-by', groupBy: {type: 'TAG', key: 'team'}});
		state = appReducer(state, {type: 'set-then-by', groupBy: {type: 'DIMENSION', key: 'REGION'}});
		state = appReducer(state, {type: 'drill', key: 'team$payments', thenKey: 'us-east-1'});
		state = {...state, scope: {source: 'demo', account: '318274650193'}};
		const back = roundTrip(state);
		expect(viewQuery(back)).toEqual(viewQuery(state));
		expect(back.views[1]?.viaThen).toEqual({groupBy: {type: 'DIMENSION', key: 'REGION'}, key: 'us-east-1'});
	});

	it.each([
		['from=2026-11-10&to=2026-11-01', /from first/],
		['metric=Dollars', /unknown metric Dollars/],
		['granularity=HOURLY&from=2026-01-01&to=2026-01-31', /does not fit/],
		['by=COLOUR', /Unknown dimension/],
		['path=%5B%22SERVICE%22%5D', /path is not a list/],
		['path=not-json', /cannot be shown/],
		['sort=-cost', /cannot sort by cost/],
		['account=12', /12 digits/],
	])('refuses %s with the reason, keeping the default view', (query, reason) => {
		const linked = viewFromLink(base, new URLSearchParams(query));
		expect(linked.ok).toBe(false);
		if (!linked.ok) expect(linked.message).toMatch(reason);
	});
});
