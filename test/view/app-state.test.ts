import {describe, expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {
	type AppAction,
	type AppState,
	appReducer,
	currentView,
	drillSteps,
	initialAppState,
	viewComparison,
	viewQuery,
} from '../../source/view/app-state.js';

const today = '2026-03-17' as IsoDate;
const start = () => initialAppState({scope: {source: 'demo'}, today});
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(appReducer, state);
const down = (rowCount: number): AppAction => ({type: 'move-cursor', to: 1, relative: true, rowCount});

describe('initial state', () => {
	test('this month, daily, unblended, grouped by the first dimension of the path', () => {
		const state = start();
		expect(state.period).toEqual({start: '2026-03-01', end: '2026-03-18'});
		expect(viewQuery(state)).toEqual({
			period: {start: '2026-03-01', end: '2026-03-18'},
			granularity: 'DAILY',
			metric: 'UnblendedCost',
			groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
			scope: {source: 'demo'},
		});
	});

	test('a configured drill path starts at its first dimension', () => {
		const state = initialAppState({scope: {source: 'demo'}, today, drillPath: ['REGION', 'SERVICE']});
		expect(currentView(state).groupBy).toEqual({type: 'DIMENSION', key: 'REGION'});
	});
});

describe('cursor', () => {
	test.each([
		[{to: 1, relative: true}, 5, 3, 4],
		[{to: 1, relative: true}, 5, 4, 4],
		[{to: -10, relative: true}, 5, 2, 0],
		[{to: 'bottom', relative: false}, 10_000, 0, 9_999],
		[{to: 'top', relative: false}, 10_000, 500, 0],
		[{to: 3, relative: true}, 0, 0, 0],
	] as const)('%o over %i rows from %i lands on %i', (move, rowCount, from, expected) => {
		const state = run(start(), {type: 'move-cursor', to: from, relative: false, rowCount: Math.max(rowCount, from + 1)});
		expect(currentView(run(state, {type: 'move-cursor', ...move, rowCount})).cursor).toBe(expected);
	});
});

describe('drill-down', () => {
	test('two levels down and back restore each cursor', () => {
		let state = run(start(), down(5), down(5), {type: 'drill', key: 'Amazon EC2'});
		expect(currentView(state)).toEqual({
			groupBy: {type: 'DIMENSION', key: 'USAGE_TYPE'},
			cursor: 0,
			via: {groupBy: {type: 'DIMENSION', key: 'SERVICE'}, key: 'Amazon EC2'},
		});
		state = run(state, down(5), {type: 'drill', key: 'BoxUsage'});
		expect(viewQuery(state).filter).toEqual({
			And: [{Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}}, {Dimensions: {Key: 'USAGE_TYPE', Values: ['BoxUsage']}}],
		});
		expect(viewQuery(state).groupBy).toEqual([{type: 'DIMENSION', key: 'REGION'}]);
		state = run(state, {type: 'back'});
		expect(currentView(state).cursor).toBe(1);
		state = run(state, {type: 'back'});
		expect(currentView(state).cursor).toBe(2);
		expect(drillSteps(state)).toEqual([]);
		expect(run(state, {type: 'back'})).toBe(state);
	});

	test('the bottom of the path says so instead of drilling', () => {
		const state = run(
			start(),
			{type: 'drill', key: 'a'},
			{type: 'drill', key: 'b'},
			{type: 'drill', key: 'c'},
			{type: 'drill', key: 'd'},
		);
		expect(state.views).toHaveLength(4);
		expect(state.notice?.text).toMatch(/deepest level/);
	});

	test('switching scope goes back to the top', () => {
		const state = run(start(), {type: 'drill', key: 'Amazon EC2'}, {type: 'switch-scope', scope: {source: 'demo', account: '1'}});
		expect(state.views).toHaveLength(1);
		expect(viewQuery(state).scope).toEqual({source: 'demo', account: '1'});
		expect(viewQuery(state).filter).toBeUndefined();
	});
});

describe('the : period prompt', () => {
	const typed = (text: string): AppAction[] => [{type: 'open-overlay', overlay: {kind: 'period', text: ''}}, {type: 'type-text', text}];
	const enter: AppAction = {type: 'apply-period-entry'};

	test.each([
		['inclusive dates, by day', '2026-01-05..2026-01-11', {start: '2026-01-05', end: '2026-01-12'}, 'DAILY'],
		['a preset', 'last-month', {start: '2026-02-01', end: '2026-03-01'}, 'DAILY'],
		['a quarter, by month', '2025-Q4', {start: '2025-10-01', end: '2026-01-01'}, 'MONTHLY'],
	])('Enter applies %s and closes the prompt', (_, text, period, granularity) => {
		const state = run(start(), down(5), ...typed(text), enter);
		expect(state.period).toEqual(period);
		expect(state.granularity).toBe(granularity);
		expect(state.overlay).toBeNull();
		expect(state.comparison).toBeNull();
		expect(currentView(state).cursor).toBe(0);
	});

	test('a bad entry keeps the prompt open with the CLI’s message, and the period unchanged; typing clears it', () => {
		const refused = run(start(), ...typed('2026-03-10..2026-03-01'), enter);
		expect(refused.period).toEqual(start().period);
		expect(refused.overlay).toEqual({kind: 'period', text: '2026-03-10..2026-03-01', error: '--to 2026-03-01 is before --from 2026-03-10: swap them.'});
		expect(run(refused, {type: 'erase-text'}).overlay).toEqual({kind: 'period', text: '2026-03-10..2026-03-0'});
	});

	test.each([
		['past today', '2026-03-01..2026-03-20', /^Cost data stops at today \(2026-03-17\)/],
		['before the 13 months kept', '2024-12-01..2024-12-31', /^Cost Explorer keeps 13 months of history: start on or after 2025-02-01\.$/],
	])('a period %s is refused in the prompt, with the CLI’s message', (_, text, message) => {
		const refused = run(start(), ...typed(text), enter);
		expect(refused.period).toEqual(start().period);
		expect(refused.overlay?.kind).toBe('period');
		expect(refused.overlay?.kind === 'period' ? refused.overlay.error : undefined).toMatch(message);
	});

	test('Esc (close) leaves the period as it was; Enter with no prompt open does nothing', () => {
		const state = run(start(), ...typed('last-month'), {type: 'close-overlay'});
		expect(state.period).toEqual(start().period);
		expect(run(start(), enter)).toEqual(start());
	});
});

describe('period and view options', () => {
	test('[ and ] shift by the period length, not past today', () => {
		let state = run(start(), {type: 'preset', preset: 'last-month'});
		expect(state.period).toEqual({start: '2026-02-01', end: '2026-03-01'});
		state = run(state, {type: 'shift-period', steps: -1});
		expect(state.period).toEqual({start: '2026-01-01', end: '2026-02-01'});
		state = run(state, {type: 'shift-period', steps: 1}, {type: 'shift-period', steps: 1});
		expect(state.period).toEqual({start: '2026-03-01', end: '2026-03-18'});
		const refused = run(state, {type: 'shift-period', steps: 1});
		expect(refused.period).toEqual(state.period);
		expect(refused.notice?.text).toMatch(/latest period/);
	});

	test('shifting before the 13 months Cost Explorer keeps is refused', () => {
		const state = run(start(), {type: 'preset', preset: 'last-12-months'}, {type: 'shift-period', steps: -1});
		expect(state.period).toEqual({start: '2025-03-01', end: '2026-03-01'});
		expect(state.notice?.text).toMatch(/13 months/);
	});

	test('granularity cycles, offering HOURLY only for the last 14 days', () => {
		const cycle: AppAction = {type: 'cycle-granularity'};
		const month = run(start(), cycle);
		expect(month.granularity).toBe('MONTHLY');
		expect(run(month, cycle).granularity).toBe('DAILY');
		const week = run(start(), {type: 'preset', preset: 'last-7-days'}, cycle, cycle);
		expect(week.granularity).toBe('HOURLY');
		expect(run(week, {type: 'preset', preset: 'last-3-months'}).granularity).toBe('MONTHLY');
	});

	test('the 3- and 12-month presets read by month; the shorter ones by day again', () => {
		const quarter = run(start(), {type: 'preset', preset: 'last-3-months'});
		expect(quarter.granularity).toBe('MONTHLY');
		expect(run(start(), {type: 'preset', preset: 'last-12-months'}).granularity).toBe('MONTHLY');
		expect(run(quarter, {type: 'preset', preset: 'this-month'}).granularity).toBe('DAILY');
		expect(initialAppState({scope: {source: 'demo'}, today, preset: 'last-12-months'}).granularity).toBe('MONTHLY');
	});

	test('[ from this month so far is all of last month; the previous column then compares whole months', () => {
		const state = run(start(), {type: 'shift-period', steps: -1});
		expect(state.period).toEqual({start: '2026-02-01', end: '2026-03-01'});
		expect(viewComparison(state)).toEqual({start: '2026-01-01', end: '2026-02-01'});
		// The month so far against the same days of the month before.
		expect(viewComparison(start())).toEqual({start: '2026-02-01', end: '2026-02-18'});
	});

	test('a query shown with its own comparison keeps it while drilling, and loses it on leaving or a new period', () => {
		const baseline = {start: '2026-03-03' as IsoDate, end: '2026-03-05' as IsoDate};
		const query = {...viewQuery(start()), period: {start: '2026-03-10' as IsoDate, end: '2026-03-12' as IsoDate}};
		const shown = run(start(), {type: 'show-query', query, from: 'Anomaly', comparison: baseline}, {type: 'drill', key: 'AWS Lambda'});
		expect(viewComparison(shown)).toEqual(baseline);
		expect(viewComparison(run(shown, {type: 'back'}))).toEqual(baseline);
		const left = run(shown, {type: 'back'}, {type: 'back'});
		expect(left.period).toEqual(start().period);
		expect(viewComparison(left)).toEqual({start: '2026-02-01', end: '2026-02-18'});
		expect(run(shown, {type: 'shift-period', steps: -1}).comparison).toBeNull();
		expect(run(shown, {type: 'preset', preset: 'last-month'}).comparison).toBeNull();
		expect(run(start(), {type: 'show-query', query}).comparison).toBeNull();
	});

	test('metric, sort and columns cycle', () => {
		const state = run(start(), {type: 'cycle-metric'}, {type: 'cycle-sort'}, {type: 'reverse-sort'}, {type: 'cycle-columns'});
		expect(state.metric).toBe('AmortizedCost');
		expect(state.sort).toEqual({column: 'previous', descending: false});
		expect(state.columns).toBe('compact');
	});

	test('focus wraps around the panes', () => {
		expect(run(start(), {type: 'focus', step: 1}).focus).toBe('chat');
		expect(run(start(), {type: 'focus', step: 1}, {type: 'focus', step: 1}).focus).toBe('chart');
		expect(run(start(), {type: 'focus', step: -1}).focus).toBe('chart');
	});

	test('focus skips panes that are not on screen', () => {
		const panes = ['chart', 'table'] as const;
		expect(run(start(), {type: 'focus', step: 1, panes}).focus).toBe('chart');
		const fromChat = run(start(), {type: 'focus', step: 1}, {type: 'focus', step: 1, panes});
		expect(fromChat.focus).toBe('table');
	});

	test('group-by change closes the picker and resets the cursor', () => {
		const state = run(
			start(),
			down(3),
			{type: 'open-overlay', overlay: {kind: 'group-by', cursor: 0}},
			{type: 'set-group-by', groupBy: {type: 'DIMENSION', key: 'REGION'}},
		);
		expect(state.overlay).toBeNull();
		expect(currentView(state)).toEqual({groupBy: {type: 'DIMENSION', key: 'REGION'}, cursor: 0});
	});

	test('grouped by a tag, the query groups by it and a drill-down filters on its value', () => {
		let state = run(start(), {type: 'set-group-by', groupBy: {type: 'TAG', key: 'team'}});
		expect(viewQuery(state).groupBy).toEqual([{type: 'TAG', key: 'team'}]);
		state = run(state, {type: 'drill', key: 'team$'});
		expect(viewQuery(state).filter).toEqual({Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}});
	});

	test('refresh bumps the token', () => {
		expect(run(start(), {type: 'refresh'}, {type: 'refresh'}).refreshToken).toBe(2);
	});
});

describe('overlays', () => {
	test('the account switcher query resets its cursor; the cursor stays in the list', () => {
		let state = run(start(), {type: 'open-overlay', overlay: {kind: 'accounts', query: '', cursor: 0}});
		state = run(state, {type: 'overlay-cursor', step: 5, count: 3});
		expect(state.overlay).toEqual({kind: 'accounts', query: '', cursor: 2});
		state = run(state, {type: 'type-text', text: 'p'}, {type: 'type-text', text: 'ro'}, {type: 'type-text', text: 'x'}, {type: 'erase-text'});
		expect(state.overlay).toEqual({kind: 'accounts', query: 'pro', cursor: 0});
		expect(run(state, {type: 'close-overlay'}).overlay).toBeNull();
	});

	test('typing into the filter line edits the filter and resets the cursor', () => {
		const state = run(start(), down(5), {type: 'open-overlay', overlay: {kind: 'filter'}}, {type: 'type-text', text: 'ec'}, {type: 'type-text', text: '2'});
		expect(state.filterText).toBe('ec2');
		expect(currentView(state).cursor).toBe(0);
	});
});

describe('a second group-by', () => {
	const region = {type: 'DIMENSION', key: 'REGION'} as const;
	const service = {type: 'DIMENSION', key: 'SERVICE'} as const;

	test('set-then-by adds it under the first: the query groups by both, the cursor and text filter reset', () => {
		const state = run(start(), down(5), {type: 'set-filter-text', text: 'ec2'}, {type: 'set-then-by', groupBy: region});
		expect(viewQuery(state).groupBy).toEqual([service, region]);
		expect(currentView(state)).toMatchObject({cursor: 0, thenBy: region});
		expect(state.filterText).toBe('');
	});

	test('the same dimension twice is refused with a notice; null or a new first group-by drops the second', () => {
		const refused = run(start(), {type: 'set-then-by', groupBy: service});
		expect(viewQuery(refused).groupBy).toEqual([service]);
		expect(refused.notice?.text).toMatch(/Already grouped by SERVICE/);
		const two = run(start(), {type: 'set-then-by', groupBy: region});
		expect(viewQuery(run(two, {type: 'set-then-by', groupBy: null})).groupBy).toEqual([service]);
		expect(viewQuery(run(two, {type: 'set-group-by', groupBy: {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}})).groupBy).toEqual([{type: 'DIMENSION', key: 'LINKED_ACCOUNT'}]);
	});

	test('drilling into a pair filters on both keys and skips both dimensions on the path; Back restores the pair view', () => {
		const two = run(start(), {type: 'set-then-by', groupBy: region}, down(5));
		const drilled = run(two, {type: 'drill', key: 'Amazon EC2', thenKey: 'us-east-1'});
		expect(viewQuery(drilled).filter).toEqual({
			And: [{Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}}, {Dimensions: {Key: 'REGION', Values: ['us-east-1']}}],
		});
		expect(viewQuery(drilled).groupBy).toEqual([{type: 'DIMENSION', key: 'USAGE_TYPE'}]);
		expect(drillSteps(drilled)).toHaveLength(2);
		// Below USAGE_TYPE the path goes on to LINKED_ACCOUNT: REGION is already narrowed.
		const deeper = run(drilled, {type: 'drill', key: 'BoxUsage'});
		expect(viewQuery(deeper).groupBy).toEqual([{type: 'DIMENSION', key: 'LINKED_ACCOUNT'}]);
		const back = run(drilled, {type: 'back'});
		expect(viewQuery(back)).toEqual(viewQuery(two));
		expect(currentView(back).cursor).toBe(1);
	});
});
