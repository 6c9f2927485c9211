import {afterEach, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {StatusBar, requestCost} from '../../components/status-bar.js';
import {renderThemed} from '../render-themed.js';

afterEach(cleanup);

const stats = {billableRequests: 12, cacheHits: 3, pages: 15};

test('loading shows pages and rows so far, and the session spend', () => {
	const frame = renderThemed(<StatusBar width={100} message={{kind: 'loading', pages: 3, rows: 12_345}} stats={stats} hints="? help" />).frame();
	expect(frame).toContain('Loading… 3 pages, 12,345 rows');
	expect(frame).toContain('cache hits 3 · requests 12 ($0.12)');
	expect(frame).toContain('? help');
});

test('an error is one line, marked', () => {
	const frame = renderThemed(<StatusBar width={80} message={{kind: 'error', text: 'Throttled: try again in a minute.'}} stats={stats} hints="" />).frame();
	expect(frame).toContain('✗ Throttled');
	expect(frame.split('\n').length).toBeLessThanOrEqual(2);
});

test.each([
	[0, '$0.00'],
	[1, '$0.01'],
	[250, '$2.50'],
])('%i requests cost %s', (requests, cost) => {
	expect(requestCost(requests)).toBe(cost);
});
