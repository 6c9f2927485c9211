import {describe, expect, test} from 'vitest';
import {
	DEFAULT_KEY_MAP,
	KEY_COMMANDS,
	commandFor,
	helpEntries,
	isValidKeySpec,
	keyLabel,
	keyMatches,
	resolveKeyMap,
} from '../../source/view/key-map.js';
import {keyPress} from '../../source/view/key-press.js';

describe('keyMatches', () => {
	test.each([
		['q', keyPress('q'), true],
		['q', keyPress('Q', {shift: true}), false],
		['G', keyPress('G', {shift: true}), true],
		['q', keyPress('q', {ctrl: true}), false],
		['enter', keyPress('', {return: true}), true],
		['escape', keyPress('', {escape: true}), true],
		['backspace', keyPress('', {backspace: true}), true],
		['backspace', keyPress('', {delete: true}), true],
		['tab', keyPress('', {tab: true}), true],
		['tab', keyPress('', {tab: true, shift: true}), false],
		['shift+tab', keyPress('', {tab: true, shift: true}), true],
		['up', keyPress('', {upArrow: true}), true],
		['pagedown', keyPress('', {pageDown: true}), true],
		['ctrl+r', keyPress('r', {ctrl: true}), true],
		['ctrl+r', keyPress('r'), false],
		['space', keyPress(' '), true],
	])('%s against %o is %s', (spec, press, expected) => {
		expect(keyMatches(spec, press)).toBe(expected);
	});
});

describe('commandFor with the defaults', () => {
	test.each([
		[keyPress('j'), 'cursorDown'],
		[keyPress('', {downArrow: true}), 'cursorDown'],
		[keyPress('g'), 'top'],
		[keyPress('G', {shift: true}), 'bottom'],
		[keyPress('['), 'periodBack'],
		[keyPress('4'), 'preset4'],
		[keyPress('', {return: true}), 'drill'],
		[keyPress('', {escape: true}), 'back'],
		[keyPress('?'), 'help'],
		[keyPress('z'), undefined],
	])('%o → %s', (press, command) => {
		expect(commandFor(DEFAULT_KEY_MAP, press)).toBe(command);
	});
});

describe('resolveKeyMap', () => {
	test('rebinds a command and keeps the rest', () => {
		const {keyMap, problems} = resolveKeyMap({quit: ['x', 'ctrl+q']});
		expect(problems).toEqual([]);
		expect(keyMap.quit).toEqual(['x', 'ctrl+q']);
		expect(keyMap.help).toEqual(DEFAULT_KEY_MAP.help);
		expect(commandFor(keyMap, keyPress('x'))).toBe('quit');
		expect(commandFor(keyMap, keyPress('q'))).toBeUndefined();
	});

	test.each([
		[{nonsense: ['x']}, /Unknown key command "nonsense"/],
		[{quit: ['shift+banana']}, /quit .* not valid/],
		[{quit: []}, /quit .* not valid/],
		[{quit: ['ctrl+c']}, /quit .* not valid/],
	])('reports %o and keeps the defaults', (overrides, problem) => {
		const {keyMap, problems} = resolveKeyMap(overrides);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(problem);
		expect(keyMap.quit).toEqual(DEFAULT_KEY_MAP.quit);
	});

	test.each(['a', '?', 'enter', 'shift+tab', 'ctrl+x', 'pageup'])('%s is a valid spec', spec => {
		expect(isValidKeySpec(spec)).toBe(true);
	});
});

describe('help entries', () => {
	test('list every command once, with its bound keys, plus Ctrl-C', () => {
		const entries = helpEntries(resolveKeyMap({help: ['h', 'ctrl+h']}).keyMap);
		expect(entries).toHaveLength(KEY_COMMANDS.length + 1);
		expect(entries.find(entry => entry.description === 'Show or hide this help')?.keys).toBe('h Ctrl-H');
		expect(entries.at(-1)).toEqual({section: 'App', keys: 'Ctrl-C', description: 'Quit, always'});
	});

	test.each([
		['shift+tab', 'Shift-Tab'],
		['pagedown', 'PgDn'],
		['ctrl+r', 'Ctrl-R'],
		['up', '↑'],
		['g', 'g'],
	])('%s is shown as %s', (spec, label) => {
		expect(keyLabel(spec)).toBe(label);
	});
});
