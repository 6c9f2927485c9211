import {afterEach, expect, test} from 'vitest';
import {ChartPane, xAxisLine} from '../../components/chart-pane.js';
import {themeByName} from '../../themes/index.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const buckets = Array.from({length: 30}, (_, index) => `2026-03-${String(index + 1).padStart(2, '0')}`);
const chart = {
	buckets,
	series: [
		{name: 'Total', values: buckets.map((_, index) => 100 + index * 10)},
		{name: 'Amazon EC2', values: buckets.map((_, index) => 60 + index * 5)},
	],
};

test('draws the legend, a money y-axis and the dates, inside its size', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />);
	const frame = await rendered.waitFor('■ Amazon EC2');
	expect(frame).toContain('■ Total');
	expect(frame).toContain('$390.00');
	expect(frame).toContain('2026-03-01');
	expect(frame).toContain('2026-03-30');
	const lines = frame.split('\n');
	expect(lines).toHaveLength(12);
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(70);
});

test('series carry the theme colours; no-color has none', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />);
	await rendered.waitFor('■ Total');
	expect(rendered.rawFrame()).toContain('\u001B[36m');
	rendered.unmount();
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />, {
		theme: themeByName('no-color'),
	});
	await rendered.waitFor('■ Total');
	expect(rendered.rawFrame()).not.toContain('\u001B[36m');
});

test('a message instead of a chart when there is nothing to draw', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused chart={undefined} unit="USD" message="Loading…" />);
	await rendered.waitFor('Loading…');
});

test('x-axis: first, middle and last dates under the plot', () => {
	const line = xAxisLine(buckets, 200);
	expect(line.trimStart().startsWith('2026-03-01')).toBe(true);
	expect(line).toContain('2026-03-16');
	expect(line.trimEnd().endsWith('2026-03-30')).toBe(true);
	expect(line.length).toBeLessThanOrEqual(200);
});
