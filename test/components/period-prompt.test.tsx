import {afterEach, expect, test} from 'vitest';
import {resolveKeyMap} from '../../source/view/key-map.js';
import {type Rendered, keys, renderApp} from '../render.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

test(': opens a period prompt in the status line; a bad entry says why and stays open; Enter applies, Esc cancels', async () => {
	app = renderApp({columns: 130, rows: 40});
	await app.waitFor('Up to date');
	app.press(':');
	await app.waitFor('Period: ▏');
	app.press('2026-03-10..2026-03-01', keys.enter);
	const refused = await app.waitFor('swap them');
	expect(refused).toContain('Period: 2026-03-10..2026-03-01▏  ✗ --to 2026-03-01 is before --from 2026-03-10: swap them.');
	// Still open: what is typed edits the entry, not the view.
	app.press(...Array.from({length: 22}, () => keys.backspace), '2026-02-01..2026-02-07', keys.enter);
	const applied = await app.waitFor(frame => !frame.includes('Period:') && frame.includes('Up to date') && frame.includes('2026-02-07'));
	expect(applied).toContain('2026-02-01');
	app.press(':', 'last-month', keys.escape);
	await app.waitFor(frame => !frame.includes('Period:'));
	expect(app.lastFrame()).toContain('2026-02-07');
});

test('the prompt key comes from the key map', async () => {
	app = renderApp({columns: 130, rows: 40, keyMap: resolveKeyMap({customPeriod: ['D']}).keyMap});
	await app.waitFor('Up to date');
	app.press(':');
	app.press('D');
	await app.waitFor('Period: ▏');
});
