import {expect, test} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery} from '../../source/query.js';
import {type AppAction, type AppState, appReducer, drillSteps, initialAppState, viewComparison, viewQuery} from '../../source/view/app-state.js';
import {chatOriginLabel} from '../../source/view/chat-view.js';
import {comparisonPeriod} from '../../source/dates.js';

const start = (): AppState => initialAppState({scope: {source: 'demo'}, today: '2026-03-17' as IsoDate});
const run = (state: AppState, ...actions: AppAction[]): AppState => actions.reduce(appReducer, state);
const ec2ByRegion: CostQuery = {
	period: {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'AmortizedCost',
	groupBy: [{type: 'DIMENSION', key: 'REGION'}, {type: 'DIMENSION', key: 'USAGE_TYPE'}],
	filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2']}},
	scope: {source: 'demo'},
};

test("show-query puts the chat query's period, granularity, metric, both group-bys and filter on screen", () => {
	const state = run(start(), {type: 'drill', key: 'Amazon S3'}, {type: 'show-query', query: ec2ByRegion});
	expect(viewQuery(state)).toEqual(ec2ByRegion);
	expect(drillSteps(state)).toEqual([]);
	expect(chatOriginLabel(state)).toBe('Chat: Amazon EC2');
});

test('drilling inside a chat view narrows its filter; Back leaves it with the period it replaced', () => {
	const before = run(start(), {type: 'drill', key: 'Amazon S3'});
	const drilled = run(before, {type: 'show-query', query: ec2ByRegion}, {type: 'drill', key: 'us-east-1'});
	expect(viewQuery(drilled).filter).toEqual({And: [ec2ByRegion.filter, {Dimensions: {Key: 'REGION', Values: ['us-east-1']}}]});
	const back = run(drilled, {type: 'back'}, {type: 'back'});
	expect(viewQuery(back)).toEqual(viewQuery(before));
	expect(chatOriginLabel(back)).toBeUndefined();
});

test('a second chat query replaces the first; Back still returns to the view before chat', () => {
	const before = start();
	const total: CostQuery = {...ec2ByRegion, groupBy: [], filter: undefined} as CostQuery;
	const state = run(before, {type: 'show-query', query: ec2ByRegion}, {type: 'show-query', query: total});
	expect(state.views).toHaveLength(2);
	expect(viewQuery(state).groupBy).toEqual(viewQuery(before).groupBy);
	expect(viewQuery(state).filter).toBeUndefined();
	expect(chatOriginLabel(state)).toBe('Chat: all costs');
	expect(viewQuery(run(state, {type: 'back'}))).toEqual(viewQuery(before));
});

test('focus-pane focuses the named pane', () => {
	expect(run(start(), {type: 'focus-pane', pane: 'chat'}).focus).toBe('chat');
});

test('another part of the app can put a query on screen under its own name', () => {
	expect(chatOriginLabel(run(start(), {type: 'show-query', query: ec2ByRegion, from: 'Anomaly'}))).toBe('Anomaly: Amazon EC2');
});

test('an answer’s comparison period stays with its view while that period is on screen', () => {
	const january = {start: '2026-01-01' as IsoDate, end: '2026-02-01' as IsoDate};
	expect(viewComparison(run(start(), {type: 'show-query', query: ec2ByRegion}))).toEqual(comparisonPeriod(ec2ByRegion.period));
	const shown = run(start(), {type: 'show-query', query: ec2ByRegion, comparison: january});
	expect(viewComparison(shown)).toEqual(january);
	expect(viewComparison(run(shown, {type: 'drill', key: 'us-east-1'}))).toEqual(january);
	// Another period on screen, or Back out of the chat view: the period's usual comparison again.
	const stepped = run(shown, {type: 'shift-period', steps: -1});
	expect(viewComparison(stepped)).toEqual(comparisonPeriod(stepped.period));
	const back = run(shown, {type: 'back'});
	expect(viewComparison(back)).toEqual(comparisonPeriod(back.period));
});
