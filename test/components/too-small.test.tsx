import {afterEach, expect, test} from 'vitest';
import {TooSmall} from '../../components/too-small.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

test.each([
	[50, 15],
	[30, 10],
])('at %i×%i the message is whole, wrapped inside the window', async (columns, rows) => {
	rendered = renderWithProviders(<TooSmall columns={columns} rows={rows} quitKey="x" />, {columns, rows});
	const frame = await rendered.waitFor('Make the window');
	for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
	expect(frame.replaceAll('\n', ' ').replaceAll(/\s+/g, ' ')).toContain(`Make the window at least 60×18 (now ${columns}×${rows}) · x quits`);
});
