import {Text} from 'ink';
import {afterEach, expect, test} from 'vitest';
import {type EngineState, type OpenedEngine, useEngine} from '../../hooks/use-engine.js';
import {CostEngine} from '../../source/engine.js';
import type {Scope} from '../../source/query.js';
import {type Rendered, TEST_TODAY, renderWithProviders} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

const demo: Scope = {source: 'demo'};
const engine = new CostEngine({source: new FakeCostSource(), today: TEST_TODAY});

function Probe({engineFor, scope, opened, seen}: {engineFor: (scope: Scope) => Promise<CostEngine>; scope: Scope; opened?: OpenedEngine; seen: EngineState[]}) {
	const state = useEngine(engineFor, scope, opened);
	seen.push(state);
	return <Text>{state.status}</Text>;
}

test('an engine opened before the app started is ready from the first render, and stays so', async () => {
	const seen: EngineState[] = [];
	const engineFor = () => Promise.resolve(engine);
	rendered = renderWithProviders(<Probe engineFor={engineFor} scope={demo} opened={{scope: demo, engine}} seen={seen} />);
	await new Promise(resolve => setTimeout(resolve, 20));
	expect(seen.map(state => state.status)).toEqual(seen.map(() => 'ready'));
	expect(seen[0]).toMatchObject({status: 'ready', engine});
});

test('an engine opened for another scope is not used', async () => {
	const seen: EngineState[] = [];
	const other = new CostEngine({source: new FakeCostSource(), today: TEST_TODAY});
	rendered = renderWithProviders(
		<Probe engineFor={() => Promise.resolve(other)} scope={{source: 'aws', profile: 'prod'}} opened={{scope: demo, engine}} seen={seen} />,
	);
	await rendered.waitFor('ready');
	expect(seen[0]?.status).toBe('opening');
	expect(seen.at(-1)).toMatchObject({status: 'ready', engine: other});
});
