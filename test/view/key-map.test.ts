import {describe, expect, test} from 'vitest';
import {
	DEFAULT_KEY_MAP,
	KEY_COMMANDS,
	commandFor,
	helpEntries,
	isValidKeySpec,
	keyLabel,
	keyMapProblems,
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
		const entries = helpEntries(resolveKeyMap({help: ['Z', 'ctrl+h']}).keyMap);
		expect(entries).toHaveLength(KEY_COMMANDS.length + 1);
		expect(entries.find(entry => entry.description === 'Show or hide this help')?.keys).toBe('Z Ctrl-H');
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

describe('conflicting bindings', () => {
	test('a key another command still uses is refused: the command keeps its default, and the problem is one line', () => {
		const {keyMap, problems} = resolveKeyMap({export: ['j']});
		expect(keyMap.export).toEqual(['e']);
		expect(keyMap.cursorDown).toContain('j');
		expect(problems).toEqual(['Key j for export is already "Move the cursor down" (cursorDown): export keeps e.']);
		expect(keyMapProblems(keyMap)).toEqual(problems);
	});

	test('swapping two keys is not a conflict', () => {
		const {keyMap, problems} = resolveKeyMap({export: ['q'], quit: ['e']});
		expect(problems).toEqual([]);
		expect(keyMap.export).toEqual(['q']);
		expect(keyMap.quit).toEqual(['e']);
	});

	test('a refused binding whose default another rebinding took refuses that one too', () => {
		const {keyMap, problems} = resolveKeyMap({export: ['j'], quit: ['e']});
		expect(keyMap.export).toEqual(['e']);
		expect(keyMap.quit).toEqual(['q']);
		expect(problems).toHaveLength(2);
	});

	test('Space written as " " is the same key as space', () => {
		const {keyMap} = resolveKeyMap({export: ['space'], refresh: [' ']});
		expect([keyMap.export, keyMap.refresh]).not.toEqual([['space'], [' ']]);
	});

	test('the defaults have no conflicts', () => {
		expect(keyMapProblems(resolveKeyMap().keyMap)).toEqual([]);
		const keys = KEY_COMMANDS.flatMap(command => command.keys);
		expect(new Set(keys).size).toBe(keys.length);
	});
});

test('H opens the history and v the saved views; rebinding help to H is refused while history keeps it', () => {
	expect(DEFAULT_KEY_MAP.history).toEqual(['H']);
	expect(DEFAULT_KEY_MAP.savedViews).toEqual(['v']);
	const {keyMap, problems} = resolveKeyMap({help: ['H']});
	expect(keyMap.help).toEqual(['?']);
	expect(problems.join(' ')).toContain('history');
});
