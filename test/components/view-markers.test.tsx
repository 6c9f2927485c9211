import {afterEach, expect, test} from 'vitest';
import {App} from '../../components/app.js';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import type {CostQuery} from '../../source/query.js';
import {DEFAULT_SETTINGS} from '../../source/settings.js';
import type {CostSource} from '../../source/sources/source.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {ANOMALY_MARKER} from '../../source/view/anomaly-markers.js';
import {type Rendered, keys, renderWithProviders} from '../render.js';

// This month of the demo has one injected spike: EC2 - Other (NAT gateway bytes), November 17–18.
const today = '2026-11-25' as IsoDate;
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function renderDemoApp(): {rendered: Rendered; queries: CostQuery[]} {
	const demo = createDemoSource({today});
	const queries: CostQuery[] = [];
	const source = new Proxy(demo, {
		get(target, property, receiver) {
			if (property === 'costAndUsage') {
				return (query: CostQuery, ...rest: unknown[]) => {
					queries.push(query);
					return (target.costAndUsage as (...args: unknown[]) => unknown).call(target, query, ...rest);
				};
			}
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	}) as CostSource;
	const engine = new CostEngine({source, today});
	rendered = renderWithProviders(
		<App engineFor={async () => engine} initialScope={{source: 'demo'}} today={today} settings={DEFAULT_SETTINGS} exportDirectory={process.cwd()} />,
		{columns: 160, rows: 44},
	);
	return {rendered, queries};
}

const drillInto = async (app: Rendered, service: string) => {
	app.press('/', service, keys.enter, keys.enter);
	await app.waitFor(frame => frame.includes(`SERVICE: ${service} › by USAGE_TYPE`) && frame.includes('Up to date'), 8_000);
};

/** The marker history query for a view narrowed to one service has run. */
const markersRanFor = (queries: readonly CostQuery[], service: string) =>
	queries.some(
		query =>
			query.period.start < '2026-11-01' &&
			query.groupBy[0]?.key === 'SERVICE' &&
			JSON.stringify(query.filter) === JSON.stringify({Dimensions: {Key: 'SERVICE', Values: [service]}}),
	);

test('a drill-down shows only its own anomaly markers', async () => {
	const {rendered: app, queries} = renderDemoApp();
	await app.waitFor(frame => frame.includes(ANOMALY_MARKER), 8_000);
	await drillInto(app, 'Amazon DynamoDB');
	await app.waitFor(() => markersRanFor(queries, 'Amazon DynamoDB'), 8_000);
	// Let the finished marker task reach the screen.
	await new Promise(resolve => setTimeout(resolve, 200));
	await app.waitFor(frame => frame.includes('Up to date'));
	expect(app.lastFrame()).not.toContain(ANOMALY_MARKER);
	app.press(keys.escape);
	await app.waitFor(frame => frame.includes('All › by SERVICE') && frame.includes('Up to date'));
	await drillInto(app, 'EC2 - Other');
	await app.waitFor(frame => frame.includes(ANOMALY_MARKER), 8_000);
});
