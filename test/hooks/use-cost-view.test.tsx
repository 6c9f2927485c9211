import {stripVTControlCharacters} from 'node:util';
import {Text} from 'ink';
import {afterEach, expect, test} from 'vitest';
import {type CostView, costViewKey, useCostView} from '../../hooks/use-cost-view.js';
import type {EngineState} from '../../hooks/use-engine.js';
import {type IsoDate, type Period, comparisonPeriod} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import type {CostCache} from '../../source/cache/cost-cache.js';
import {CostError} from '../../source/errors.js';
import {amountToFixed, parseAmount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import {type Rendered, TEST_TODAY, renderWithProviders} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const query = (start: string, end: string): CostQuery => ({
	period: {start: start as IsoDate, end: end as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'demo'},
});

function describeView(view: CostView): string {
	if (view.status === 'loading') return `loading ${view.progress.pages}`;
	if (view.status === 'failed') return `failed ${view.message}`;
	return `ready ${view.current.query.period.start} ${amountToFixed(view.current.total)} previous ${view.previous === undefined ? '…' : view.previous.query.period.start}`;
}

function Probe({engineState, costQuery, refreshToken = 0, comparison}: {engineState: EngineState; costQuery: CostQuery; refreshToken?: number; comparison?: Period}) {
	return <Text>{describeView(useCostView(engineState, costQuery, comparison ?? comparisonPeriod(costQuery.period), refreshToken))}</Text>;
}

test('runs the view and the period it is compared with', async () => {
	const engine = new CostEngine({source: new FakeCostSource(), today: TEST_TODAY});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	rendered = renderWithProviders(<Probe engineState={engineState} costQuery={query('2026-03-01', '2026-03-03')} />);
	// March 1–2 so far: the same days of February.
	await rendered.waitFor('previous 2026-02-01');
	expect(rendered.lastFrame()).toMatch(/^ready 2026-03-01 \d+\.\d\d previous 2026-02-01/);
	rendered.rerender(<Probe engineState={engineState} costQuery={query('2026-03-01', '2026-03-03')} comparison={{start: '2026-02-22' as IsoDate, end: '2026-02-24' as IsoDate}} />);
	await rendered.waitFor('previous 2026-02-22');
});

test('a new query aborts the one in flight, whose answer is never shown', async () => {
	const held: (() => void)[] = [];
	const source = new FakeCostSource({
		beforePage: async request => {
			if (request.period.start === '2026-03-01') await new Promise<void>(resolve => held.push(resolve));
		},
	});
	const engine = new CostEngine({source, today: TEST_TODAY});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	rendered = renderWithProviders(<Probe engineState={engineState} costQuery={query('2026-03-01', '2026-03-03')} />);
	await rendered.waitFor(() => held.length === 1);
	rendered.rerender(<Probe engineState={engineState} costQuery={query('2026-03-05', '2026-03-07')} />);
	await rendered.waitFor('ready 2026-03-05');
	for (const release of held.splice(0)) release();
	await rendered.waitFor(() => source.aborted.length === 1);
	expect(source.aborted[0]?.period.start).toBe('2026-03-01');
	expect(rendered.lastFrame()).toContain('ready 2026-03-05');
});

test('an engine that failed to open is one line', async () => {
	rendered = renderWithProviders(
		<Probe engineState={{status: 'failed', scope: {source: 'aws'}, message: 'No AWS credentials found.'}} costQuery={query('2026-03-01', '2026-03-03')} />,
	);
	await rendered.waitFor('failed No AWS credentials found.');
});

test('refresh runs again, bypassing the cache', async () => {
	const source = new FakeCostSource();
	const engine = new CostEngine({source, today: TEST_TODAY});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	rendered = renderWithProviders(<Probe engineState={engineState} costQuery={query('2026-03-01', '2026-03-03')} />);
	await rendered.waitFor('previous 2026');
	rendered.rerender(<Probe engineState={engineState} costQuery={query('2026-03-01', '2026-03-03')} refreshToken={1} />);
	await rendered.waitFor(() => source.queries.length === 4);
	await rendered.waitFor('previous 2026');
});

test('when the source is down, the app shows the last cached answer, marked stale', async () => {
	const rows = [{start: '2026-03-01', end: '2026-03-02', keys: ['Amazon S3'], amount: parseAmount('9.5'), unit: 'USD', estimated: false}];
	const cache: CostCache = {
		lookup: async () => undefined,
		lastAnswer: async () => ({rows, storedAt: Date.UTC(2026, 2, 3, 8)}),
		store: async () => {},
		stats: () => Promise.reject(new Error('unused')),
		clear: async () => {},
		close: async () => {},
	};
	const source = new FakeCostSource({
		beforePage: async () => {
			throw new CostError('timed-out', 'Cost Explorer at http://127.0.0.1:1 timed out.', undefined, {sourceDown: true});
		},
	});
	const engine = new CostEngine({source, today: TEST_TODAY, cache});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	function StaleProbe() {
		const view = useCostView(engineState, query('2026-03-01', '2026-03-03'), comparisonPeriod(query('2026-03-01', '2026-03-03').period), 0);
		return <Text>{view.status === 'ready' ? `stale as of ${view.current.stale?.asOf ?? 'never'}` : view.status}</Text>;
	}
	rendered = renderWithProviders(<StaleProbe />);
	await rendered.waitFor('stale as of 2026-03-03T08:00:00.000Z');
});

test('figures fetched before the app started are the first frame, and the query is not run again', async () => {
	const source = new FakeCostSource();
	const engine = new CostEngine({source, today: TEST_TODAY});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	const asked = query('2026-03-01', '2026-03-03');
	const comparison = comparisonPeriod(asked.period);
	const [current, previous] = await Promise.all([engine.run(asked), engine.run({...asked, period: comparison})]);
	expect(source.queries).toHaveLength(2);
	const first = {key: costViewKey(asked, comparison, 0), current, previous, progress: {pages: 1, rows: current.rows.length}};
	function FirstProbe({refreshToken}: {refreshToken: number}) {
		return <Text>{describeView(useCostView(engineState, asked, comparison, refreshToken, first))}</Text>;
	}
	rendered = renderWithProviders(<FirstProbe refreshToken={0} />);
	expect(stripVTControlCharacters(rendered.stdout.frames[0] ?? '')).toMatch(/^ready 2026-03-01 \d+\.\d\d previous 2026-02-01/);
	await new Promise(resolve => setTimeout(resolve, 50));
	expect(source.queries).toHaveLength(2);
	// A refresh is a new key: it runs.
	rendered.rerender(<FirstProbe refreshToken={1} />);
	await rendered.waitFor(() => source.queries.length === 4);
});

test('figures fetched for another view are not shown', async () => {
	const source = new FakeCostSource();
	const engine = new CostEngine({source, today: TEST_TODAY});
	const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine};
	const other = query('2026-02-01', '2026-02-03');
	const current = await engine.run(other);
	const first = {key: costViewKey(other, comparisonPeriod(other.period), 0), current, progress: {pages: 1, rows: current.rows.length}};
	const asked = query('2026-03-01', '2026-03-03');
	function FirstProbe() {
		return <Text>{describeView(useCostView(engineState, asked, comparisonPeriod(asked.period), 0, first))}</Text>;
	}
	rendered = renderWithProviders(<FirstProbe />);
	expect(stripVTControlCharacters(rendered.stdout.frames[0] ?? '')).toBe('loading 0');
	await rendered.waitFor('ready 2026-03-01');
});
