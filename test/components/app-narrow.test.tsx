import {afterEach, expect, test} from 'vitest';
import {StatusBar} from '../../components/status-bar.js';
import {type Rendered, keys, renderApp, renderWithProviders} from '../render.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Rows of the plot: the lines whose y-axis has a label. */
const plotRows = (frame: string) => frame.split('\n').filter(line => /\$[\d,.]+k? [┤┼]/.test(line)).length;

test('at 80×24 the chart keeps six rows of plot beside a table with its total', async () => {
	app = renderApp({columns: 80, rows: 24});
	const frame = await app.waitFor(frame => frame.includes('Up to date') && frame.includes('Total'));
	expect(plotRows(frame)).toBeGreaterThanOrEqual(6);
	expect(frame).toMatch(/┃ Total\s+\$/);
	expect(frame).toMatch(/name\S*\s+1\/\d+/);
	for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
});

test('at 80×24 the chat pane is hidden; i shows it in place of the chart and table, Esc brings them back', async () => {
	app = renderApp({columns: 80, rows: 24});
	await app.waitFor('Up to date');
	expect(app.lastFrame()).not.toContain('Chat ·');
	app.press('i');
	const chat = await app.waitFor('Chat ·');
	expect(chat).not.toContain('amount');
	expect(chat).toContain('Enter sends');
	for (const line of chat.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
	app.press(keys.escape);
	await app.waitFor(frame => frame.includes('amount') && !frame.includes('Chat ·'));
});

test('a long message uses the whole width of the status line, and wraps rather than lose its end', async () => {
	const path = '/home/someone/projects/cost-reports/aws-cost-20261127-151910.csv';
	const stats = {billableRequests: 12, cacheHits: 3, pages: 15};
	app = renderWithProviders(
		<StatusBar width={140} message={{kind: 'notice', notice: {text: `Exported to ${path}`, tone: 'info'}}} stats={stats} hints="? help" chat="chat: offline parser (Ollama not running)" />,
		{columns: 140},
	);
	expect(await app.waitFor('Exported to')).toContain(`Exported to ${path}`);
	app.unmount();
	app = renderWithProviders(
		<StatusBar width={60} message={{kind: 'notice', notice: {text: `Exported to ${path}`, tone: 'info'}}} stats={stats} hints="? help" />,
		{columns: 60},
	);
	const narrow = await app.waitFor('Exported to');
	const lines = narrow.split('\n');
	expect(lines).toHaveLength(2);
	// The path is broken where the row ends, not at the space before it.
	expect(`${lines[0]!.trimEnd()}${lines[1]!}`).toContain(`Exported to ${path}`);
});
