import {afterEach, expect, test} from 'vitest';
import {Header} from '../../components/header.js';
import type {IsoDate} from '../../source/dates.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const period = {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate};

test.each([
	[true, false, 'LIVE', false],
	[false, true, 'DEMO', true],
])('live=%s estimated=%s shows %s and the estimate mark=%s', async (live, estimated, badge, marked) => {
	rendered = renderWithProviders(
		<Header width={100} scopeLabel="prod / All accounts" period={period} granularity="MONTHLY" metric="AmortizedCost" live={live} estimated={estimated} />,
	);
	const frame = await rendered.waitFor(badge);
	expect(frame).toContain('prod / All accounts  2026-02-01 … 2026-02-28  MONTHLY · AmortizedCost');
	expect(frame.includes('~ estimated, not final')).toBe(marked);
	expect(frame.split('\n')).toHaveLength(1);
});

test('a stale answer is marked STALE with its age, right after the badge', async () => {
	rendered = renderWithProviders(
		<Header width={100} scopeLabel="prod" period={period} granularity="MONTHLY" metric="UnblendedCost" live estimated={false} staleAge="3 h" />,
	);
	const frame = await rendered.waitFor('STALE');
	expect(frame).toMatch(/LIVE\s+STALE 3 h old\s+prod/);
});
