import {afterEach, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {Header} from '../../components/header.js';
import type {IsoDate} from '../../source/dates.js';
import {renderThemed} from '../render-themed.js';

afterEach(cleanup);

const period = {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate};

test.each([
	[true, false, 'LIVE', false],
	[false, true, 'DEMO', true],
])('live=%s estimated=%s shows %s and the estimate mark=%s', (live, estimated, badge, marked) => {
	const frame = renderThemed(
		<Header width={100} scopeLabel="prod / All accounts" period={period} granularity="MONTHLY" metric="AmortizedCost" live={live} estimated={estimated} />,
	).frame();
	expect(frame).toContain(badge);
	expect(frame).toContain('prod / All accounts  2026-02-01 … 2026-02-28  MONTHLY · AmortizedCost');
	expect(frame.includes('~ estimated, not final')).toBe(marked);
	expect(frame.split('\n')).toHaveLength(1);
});

test('a stale answer is marked STALE with its age, right after the badge', () => {
	const frame = renderThemed(
		<Header width={100} scopeLabel="prod" period={period} granularity="MONTHLY" metric="UnblendedCost" live estimated={false} staleAge="3 h" />,
	).frame();
	expect(frame).toContain('STALE');
	expect(frame).toMatch(/LIVE\s+STALE 3 h old\s+prod/);
});
