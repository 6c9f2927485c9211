import type {KeyPress} from './key-press.js';

/** Everything a key can do in the app; the help overlay lists these. */
export const KEY_COMMANDS = [
	{command: 'focusNext', keys: ['tab'], section: 'Panes', description: 'Focus the next pane'},
	{command: 'focusPrevious', keys: ['shift+tab'], section: 'Panes', description: 'Focus the previous pane'},
	{command: 'chat', keys: ['i'], section: 'Panes', description: 'Ask a question (focus the chat)'},
	{command: 'cursorUp', keys: ['up', 'k'], section: 'Move', description: 'Move the cursor up'},
	{command: 'cursorDown', keys: ['down', 'j'], section: 'Move', description: 'Move the cursor down'},
	{command: 'pageUp', keys: ['pageup'], section: 'Move', description: 'Page up'},
	{command: 'pageDown', keys: ['pagedown'], section: 'Move', description: 'Page down'},
	{command: 'top', keys: ['g', 'home'], section: 'Move', description: 'First row'},
	{command: 'bottom', keys: ['G', 'end'], section: 'Move', description: 'Last row'},
	{command: 'drill', keys: ['enter', 'right', 'l'], section: 'Drill', description: 'Drill into the row under the cursor'},
	{command: 'back', keys: ['backspace', 'escape', 'left', 'h'], section: 'Drill', description: 'Back up one level'},
	{command: 'periodBack', keys: ['['], section: 'Period', description: 'Shift the period back'},
	{command: 'periodForward', keys: [']'], section: 'Period', description: 'Shift the period forward'},
	{command: 'preset1', keys: ['1'], section: 'Period', description: 'This month'},
	{command: 'preset2', keys: ['2'], section: 'Period', description: 'Last month'},
	{command: 'preset3', keys: ['3'], section: 'Period', description: 'Last 7 days'},
	{command: 'preset4', keys: ['4'], section: 'Period', description: 'Last 30 days'},
	{command: 'preset5', keys: ['5'], section: 'Period', description: 'Last 3 months'},
	{command: 'preset6', keys: ['6'], section: 'Period', description: 'Last 12 months'},
	{command: 'customPeriod', keys: [':'], section: 'Period', description: 'Type a period: 2026-09-01..2026-09-30, last-month, 2026-Q3'},
	{command: 'cycleGranularity', keys: ['t'], section: 'View', description: 'Cycle granularity (daily, monthly, hourly)'},
	{command: 'cycleMetric', keys: ['m'], section: 'View', description: 'Cycle the cost metric'},
	{command: 'changeGroupBy', keys: ['b'], section: 'View', description: 'Group by a dimension, tag or cost category'},
	{command: 'filterRows', keys: ['/'], section: 'View', description: 'Filter rows by text'},
	{command: 'cycleSort', keys: ['s'], section: 'View', description: 'Sort by the next column'},
	{command: 'reverseSort', keys: ['S'], section: 'View', description: 'Reverse the sort order'},
	{command: 'cycleColumns', keys: ['c'], section: 'View', description: 'Show more or fewer columns'},
	{command: 'chartFollowsCursor', keys: ['f'], section: 'View', description: 'Chart the cursor row only / the whole view'},
	{command: 'refresh', keys: ['r'], section: 'Data', description: 'Refresh (bypass the cache)'},
	{command: 'export', keys: ['e'], section: 'Data', description: 'Export the view to a file'},
	{command: 'copyCommand', keys: ['y'], section: 'Data', description: 'Copy the view as an aws-cost query command line'},
	{command: 'accounts', keys: ['a'], section: 'Data', description: 'Switch account or profile'},
	{command: 'anomalies', keys: ['A'], section: 'Data', description: 'Anomalies in the period; Enter shows the cause'},
	{command: 'history', keys: ['H'], section: 'Data', description: 'Recent queries; Enter re-opens one'},
	{command: 'savedViews', keys: ['v'], section: 'Data', description: 'Saved views: Enter opens one, s saves the view on screen'},
	{command: 'help', keys: ['?'], section: 'App', description: 'Show or hide this help'},
	{command: 'quit', keys: ['q'], section: 'App', description: 'Quit'},
] as const;

export type KeyCommand = (typeof KEY_COMMANDS)[number]['command'];

/** Command → the key specs that trigger it ("q", "shift+tab", "pagedown"). */
export type KeyMap = Readonly<Record<KeyCommand, readonly string[]>>;

export const DEFAULT_KEY_MAP: KeyMap = Object.fromEntries(
	KEY_COMMANDS.map(({command, keys}) => [command, keys]),
) as unknown as KeyMap;

const namedKeys = {
	enter: (press: KeyPress) => press.return,
	escape: (press: KeyPress) => press.escape,
	// Most terminals send DEL (0x7f) for Backspace, which Ink reports as delete.
	backspace: (press: KeyPress) => press.backspace || press.delete,
	tab: (press: KeyPress) => press.tab && !press.shift,
	'shift+tab': (press: KeyPress) => press.tab && press.shift,
	up: (press: KeyPress) => press.upArrow,
	down: (press: KeyPress) => press.downArrow,
	left: (press: KeyPress) => press.leftArrow,
	right: (press: KeyPress) => press.rightArrow,
	pageup: (press: KeyPress) => press.pageUp,
	pagedown: (press: KeyPress) => press.pageDown,
	home: (press: KeyPress) => press.home,
	end: (press: KeyPress) => press.end,
	space: (press: KeyPress) => press.input === ' ',
} as const satisfies Record<string, (press: KeyPress) => boolean>;

type NamedKey = keyof typeof namedKeys;
const isNamedKey = (spec: string): spec is NamedKey => Object.hasOwn(namedKeys, spec);

/** Whether a key spec is one this map understands. */
export function isValidKeySpec(spec: string): boolean {
	if (isNamedKey(spec)) return true;
	if (/^ctrl\+[a-z]$/.test(spec)) return spec !== 'ctrl+c';
	return [...spec].length === 1;
}

/** Whether a keypress is the key a spec names. */
export function keyMatches(spec: string, press: KeyPress): boolean {
	if (isNamedKey(spec)) return namedKeys[spec](press);
	const ctrl = /^ctrl\+([a-z])$/.exec(spec);
	if (ctrl) return press.ctrl && press.input === ctrl[1];
	return !press.ctrl && !press.meta && press.input === spec;
}

/** Whether the keypress triggers a command under this key map. */
export function isCommand(keyMap: KeyMap, command: KeyCommand, press: KeyPress): boolean {
	return keyMap[command].some(spec => keyMatches(spec, press));
}

/** The first command (in KEY_COMMANDS order) this keypress triggers, if any. */
export function commandFor(keyMap: KeyMap, press: KeyPress): KeyCommand | undefined {
	return KEY_COMMANDS.find(({command}) => isCommand(keyMap, command, press))?.command;
}

const isKeyCommand = (value: string): value is KeyCommand => KEY_COMMANDS.some(({command}) => command === value);

/** The same key written two ways is one key: " " is Space. */
const canonicalSpec = (spec: string): string => (spec === ' ' ? 'space' : spec);

const problemsByMap = new WeakMap<KeyMap, readonly string[]>();

/** What resolveKeyMap reported making this map (bad names, bad keys, conflicts), for the help overlay. */
export function keyMapProblems(keyMap: KeyMap): readonly string[] {
	return problemsByMap.get(keyMap) ?? [];
}

const describe = (command: KeyCommand): string => KEY_COMMANDS.find(entry => entry.command === command)!.description;

/** The first command other than `command` that a key spec already triggers in the map. */
function takenBy(keyMap: Readonly<Record<string, readonly string[]>>, command: KeyCommand, spec: string): KeyCommand | undefined {
	return KEY_COMMANDS.find(entry => entry.command !== command && keyMap[entry.command]!.some(other => canonicalSpec(other) === canonicalSpec(spec)))?.command;
}

/**
 * Applies the user's rebindings over the defaults. A command with a bad
 * name or key spec keeps its defaults, and so does one whose key another
 * command still uses (one key does one thing); each problem is one line.
 */
export function resolveKeyMap(overrides: Readonly<Record<string, readonly string[]>> = {}): {
	keyMap: KeyMap;
	problems: string[];
} {
	const keyMap: Record<string, readonly string[]> = {...DEFAULT_KEY_MAP};
	const problems: string[] = [];
	const applied: KeyCommand[] = [];
	for (const [command, specs] of Object.entries(overrides)) {
		if (!isKeyCommand(command)) {
			problems.push(`Unknown key command "${command}" in settings: ignored.`);
			continue;
		}
		const invalid = specs.filter(spec => !isValidKeySpec(spec));
		if (invalid.length > 0 || specs.length === 0) {
			problems.push(`Key binding for ${command} (${specs.join(', ') || 'none'}) is not valid: using the default.`);
			continue;
		}
		keyMap[command] = specs;
		applied.push(command);
	}
	// Undoing one rebinding can make another conflict with the default it brings back, so repeat until none does.
	for (let changed = true; changed; ) {
		changed = false;
		for (const command of applied) {
			if (keyMap[command] === DEFAULT_KEY_MAP[command]) continue;
			const clash = keyMap[command]!.map(spec => ({spec, other: takenBy(keyMap, command, spec)})).find(({other}) => other !== undefined);
			if (clash?.other === undefined) continue;
			keyMap[command] = DEFAULT_KEY_MAP[command];
			changed = true;
			problems.push(
				`Key ${keyLabel(clash.spec)} for ${command} is already "${describe(clash.other)}" (${clash.other}): ${command} keeps ${DEFAULT_KEY_MAP[command].map(keyLabel).join(' ')}.`,
			);
		}
	}
	const resolved = keyMap as KeyMap;
	problemsByMap.set(resolved, problems);
	return {keyMap: resolved, problems};
}

const keyLabels: Record<NamedKey, string> = {
	enter: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
	tab: 'Tab',
	'shift+tab': 'Shift-Tab',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	space: 'Space',
};

/** How a key spec is written on screen: "Shift-Tab", "Ctrl-R", "g". */
export function keyLabel(spec: string): string {
	if (isNamedKey(spec)) return keyLabels[spec];
	const ctrl = /^ctrl\+([a-z])$/.exec(spec);
	return ctrl ? `Ctrl-${ctrl[1]!.toUpperCase()}` : spec;
}

export interface HelpEntry {
	readonly section: string;
	readonly keys: string;
	readonly description: string;
}

/** The help overlay's lines, generated from the key map so they never drift. */
export function helpEntries(keyMap: KeyMap): HelpEntry[] {
	return [
		...KEY_COMMANDS.map(({command, section, description}) => ({
			section,
			keys: keyMap[command].map(keyLabel).join(' '),
			description,
		})),
		{section: 'App', keys: 'Ctrl-C', description: 'Quit, always'},
	];
}

/** The first key of a command, for short hints ("? help"). */
export function primaryKey(keyMap: KeyMap, command: KeyCommand): string {
	return keyLabel(keyMap[command][0] ?? '');
}
