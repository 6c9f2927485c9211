import {afterEach, expect, test} from 'vitest';
import {HelpOverlay, helpColumns} from '../../components/help-overlay.js';
import {helpEntries, resolveKeyMap} from '../../source/view/key-map.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

test('lists the bindings of the key map it is given, rebound keys included', async () => {
	const {keyMap} = resolveKeyMap({quit: ['x'], export: ['ctrl+e']});
	rendered = renderWithProviders(<HelpOverlay width={120} height={30} keyMap={keyMap} />);
	const frame = await rendered.waitFor('Keys · ? or Esc closes');
	expect(frame).toMatch(/x\s+Quit/);
	expect(frame).toMatch(/Ctrl-E\s+Export the view to a file/);
	expect(frame).not.toMatch(/\bq\s+Quit\b/);
	// Long descriptions may be cut to the column; each must at least begin on screen.
	for (const entry of helpEntries(keyMap)) expect(frame).toContain(entry.description.slice(0, 20));
});

test('splits into columns to fit the height', () => {
	const entries = helpEntries(resolveKeyMap().keyMap);
	const columns = helpColumns(entries, 10);
	expect(columns).toHaveLength(Math.ceil(entries.length / 10));
	expect(columns.flat()).toEqual(entries);
	expect(helpColumns(entries, 0)).toHaveLength(entries.length);
});

test('at 80 columns the columns never run together, and a refused binding is listed above them', async () => {
	const {keyMap} = resolveKeyMap({export: ['j']});
	rendered = renderWithProviders(<HelpOverlay width={80} height={19} keyMap={keyMap} />, {columns: 80, rows: 24});
	const frame = await rendered.waitFor('Keys · ? or Esc closes');
	expect(frame).toContain('Key j for export is already "Move the cursor down"');
	const lines = frame.split('\n');
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
	// A cut key or description ends in "…" and a blank: it never runs into the next column's text.
	for (const line of lines) expect(line).not.toMatch(/…[^\s┃]/);
	expect(lines.find(line => line.includes('Shift-Tab'))).toMatch(/Shift-Tab\s+Focus the/);
});
