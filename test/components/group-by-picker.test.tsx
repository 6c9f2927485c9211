import {afterEach, expect, test} from 'vitest';
import {GROUP_DIMENSIONS} from '../../source/query.js';
import {CostEngine} from '../../source/engine.js';
import {CostError} from '../../source/errors.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import type {CostSource} from '../../source/sources/source.js';
import {TEST_TODAY, type Rendered, renderApp} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

test('the demo bill’s tag keys and cost category are offered when the picker opens, and a tag groups the view', async () => {
	const demo = createDemoSource({today: TEST_TODAY});
	let listings = 0;
	const source: CostSource = {
		...demo,
		groupKeys: (period, signal) => {
			listings++;
			return demo.groupKeys!(period, signal);
		},
	};
	const engine = new CostEngine({source, today: TEST_TODAY});
	app = renderApp({engineFor: async () => engine, columns: 140, rows: 40});
	await app.waitFor('Up to date');
	expect(listings).toBe(0);

	app.press('b');
	const picker = await app.waitFor('Tag: team');
	expect(picker).toContain('Tag: environment');
	expect(picker).toContain('Cost category: Business Unit');
	expect(listings).toBe(1);

	// After the dimensions come "Tag: environment", then "Tag: team".
	app.press('j'.repeat(GROUP_DIMENSIONS.length + 1));
	app.press('\r');
	const grouped = await app.waitFor(frame => frame.includes('by TAG:team') && frame.includes('(untagged)'));
	expect(grouped).toContain('finops');
	expect(grouped).not.toContain('team$');

	// Opened again, the list is the one already in: not asked for again, the cursor on the tag.
	app.press('b');
	await app.waitFor('›● Tag: team');
	expect(listings).toBe(1);
});

test('when the keys cannot be listed, the picker says why and still offers the dimensions', async () => {
	const source = Object.assign(new FakeCostSource(), {
		groupKeys: () => Promise.reject(new CostError('access-denied', 'Access denied: these credentials lack ce:GetTags.')),
	});
	app = renderApp({source, columns: 140, rows: 40});
	await app.waitFor('Up to date');
	app.press('b');
	const picker = await app.waitFor('lack ce:GetTags');
	expect(picker).toContain('Tag keys: Access denied');
	expect(picker).toContain('DATABASE_ENGINE');
	expect(picker).not.toContain('Tag: ');
	app.press('\x1b');
	await app.waitFor(frame => !frame.includes('lack ce:GetTags'));
});
