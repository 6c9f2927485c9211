import {expect, test} from 'vitest';
import {loadFirstView} from '../../hooks/first-view.js';
import {costViewKey} from '../../hooks/use-cost-view.js';
import {CostEngine} from '../../source/engine.js';
import {initialAppState, viewComparison, viewQuery} from '../../source/view/app-state.js';
import {TEST_TODAY} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

const state = initialAppState({scope: {source: 'demo'}, today: TEST_TODAY});

test('the first view and the period it is compared with, under the key the app asks for', async () => {
	const source = new FakeCostSource();
	const first = await loadFirstView(new CostEngine({source, today: TEST_TODAY}), state, 10_000);
	expect(first?.key).toBe(costViewKey(viewQuery(state), viewComparison(state), 0));
	expect(first?.current?.query.period).toEqual(viewQuery(state).period);
	expect(first?.previous?.query.period).toEqual(viewComparison(state));
	expect(source.queries).toHaveLength(2);
});

test('figures that are late are not waited for; the app\'s own run then joins the one in flight', async () => {
	let release = (): void => undefined;
	const held = new Promise<void>(resolve => {
		release = resolve;
	});
	const source = new FakeCostSource({beforePage: () => held});
	const engine = new CostEngine({source, today: TEST_TODAY});
	await expect(loadFirstView(engine, state, 20)).resolves.toBeUndefined();
	const joined = engine.run(viewQuery(state), {allowStale: true});
	release();
	await joined;
	expect(source.queries).toHaveLength(2);
});

test('a first view that failed is left to the app, which says why', async () => {
	const source = new FakeCostSource({failWith: new Error('boom')});
	await expect(loadFirstView(new CostEngine({source, today: TEST_TODAY}), state, 10_000)).resolves.toBeUndefined();
});

test('a previous period that failed leaves its reason beside the figures', async () => {
	const comparison = viewComparison(state);
	const source = new FakeCostSource({
		beforePage: async query => {
			if (query.period.start === comparison.start) throw new Error('previous period unavailable');
		},
	});
	const first = await loadFirstView(new CostEngine({source, today: TEST_TODAY}), state, 10_000);
	expect(first?.current).toBeDefined();
	expect(first?.previous).toBeUndefined();
	expect(first?.previousMessage).toContain('previous period unavailable');
});
