import {expect, test} from 'vitest';
import {windowStart} from '../../source/view/list-window.js';

test.each([
	// cursor, previous start, visible, total → start
	[0, 0, 10, 5, 0],
	[9, 0, 10, 100, 0],
	[10, 0, 10, 100, 1],
	[50, 45, 10, 100, 45],
	[44, 45, 10, 100, 44],
	[99, 0, 10, 100, 90],
	[9_999, 0, 20, 10_000, 9_980],
	[3, 95, 10, 100, 3],
	[5, 500, 10, 20, 5],
	[0, 0, 0, 100, 0],
])('cursor %i from start %i, %i visible of %i → %i', (cursor, previous, visible, total, start) => {
	expect(windowStart(cursor, previous, visible, total)).toBe(start);
});
