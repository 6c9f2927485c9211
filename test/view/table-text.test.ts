import {expect, test} from 'vitest';
import {rowPosition, shareText} from '../../source/view/table-text.js';

test.each([
	[0, 38, '1/38'],
	[11, 38, '12/38'],
	[40, 38, '38/38'],
	[0, 0, '0/0'],
])('cursor %i of %i rows reads %s', (cursor, count, text) => {
	expect(rowPosition(cursor, count)).toBe(text);
});

test.each([
	[0.2345, '23.4%'],
	[1, '100.0%'],
	[0, '0.0%'],
	[0.0004, '<0.1%'],
	[null, ''],
])('share %s reads %s', (share, text) => {
	expect(shareText(share)).toBe(text);
});
