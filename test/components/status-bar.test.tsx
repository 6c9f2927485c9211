import {afterEach, expect, test} from 'vitest';
import {StatusBar, requestCost} from '../../components/status-bar.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const stats = {billableRequests: 12, cacheHits: 3, pages: 15};

test('loading shows pages and rows so far, and the session spend', async () => {
	rendered = renderWithProviders(
		<StatusBar width={100} message={{kind: 'loading', pages: 3, rows: 12_345}} stats={stats} hints="? help" />,
	);
	const frame = await rendered.waitFor('Loading… 3 pages, 12,345 rows');
	expect(frame).toContain('cache hits 3 · requests 12 ($0.12)');
	expect(frame).toContain('? help');
});

test('an error is one line, marked', async () => {
	rendered = renderWithProviders(<StatusBar width={80} message={{kind: 'error', text: 'Throttled: try again in a minute.'}} stats={stats} hints="" />);
	const frame = await rendered.waitFor('✗ Throttled');
	expect(frame.split('\n').length).toBeLessThanOrEqual(2);
});

test.each([
	[0, '$0.00'],
	[1, '$0.01'],
	[250, '$2.50'],
])('%i requests cost %s', (requests, cost) => {
	expect(requestCost(requests)).toBe(cost);
});
