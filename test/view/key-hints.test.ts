import {describe, expect, test} from 'vitest';
import {footerHints, keyHint} from '../../source/view/key-hints.js';
import {DEFAULT_KEY_MAP, resolveKeyMap} from '../../source/view/key-map.js';

describe('footer hints', () => {
	test('follow the focus: the table drills and sorts, the chart charts, the chat sends', () => {
		const table = footerHints(DEFAULT_KEY_MAP, 'table', null);
		expect(table).toContain('Enter drill');
		expect(table).toContain('s sort');
		const chart = footerHints(DEFAULT_KEY_MAP, 'chart', null);
		expect(chart).toContain('f chart the row / all');
		expect(chart).not.toContain('drill');
		expect(footerHints(DEFAULT_KEY_MAP, 'chat', null)).toContain('Enter sends');
	});

	test('an open overlay says how to use and close it', () => {
		expect(footerHints(DEFAULT_KEY_MAP, 'table', {kind: 'anomalies', cursor: 0})).toContain('Enter shows the cause · A or Esc closes');
		expect(footerHints(DEFAULT_KEY_MAP, 'table', {kind: 'filter'})).toContain('Esc clears');
		expect(footerHints(DEFAULT_KEY_MAP, 'table', {kind: 'help'})).toContain('? or Esc closes');
	});

	test('name the keys the user bound, never the defaults', () => {
		const {keyMap} = resolveKeyMap({refresh: ['R'], help: ['Z'], export: ['x'], periodBack: ['<'], periodForward: ['>']});
		expect(keyHint(keyMap, 'refresh', 'refreshes')).toBe('R refreshes');
		const hints = footerHints(keyMap, 'table', null);
		expect(hints).toContain('Z help');
		expect(hints).toContain('x export');
		expect(hints).toContain('<> period');
		expect(hints).not.toContain('? help');
	});
});
