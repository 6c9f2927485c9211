import {Text} from 'ink';
import {afterEach, expect, test} from 'vitest';
import type {EngineState} from '../../hooks/use-engine.js';
import {type TaskOptions, type TaskState, useEngineTask} from '../../hooks/use-engine-task.js';
import {CostEngine} from '../../source/engine.js';
import {type Rendered, TEST_TODAY, renderWithProviders} from '../render.js';
import {FakeCostSource} from '../view/fake-source.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const engineState: EngineState = {status: 'ready', scope: {source: 'demo'}, engine: new CostEngine({source: new FakeCostSource(), today: TEST_TODAY})};

const describeTask = (task: TaskState<string>): string => (task.status === 'ready' ? `ready ${task.value}` : task.status === 'failed' ? `failed ${task.message}` : task.status);

interface ProbeProps {
	readonly taskKey: string | undefined;
	readonly refreshToken?: number;
	readonly run: (key: string, options: TaskOptions) => Promise<string>;
	readonly state?: EngineState;
}

function Probe({taskKey, refreshToken = 0, run, state = engineState}: ProbeProps) {
	return <Text>{describeTask(useEngineTask(state, taskKey, refreshToken, (_engine, options) => run(taskKey!, options)))}</Text>;
}

test('idle without a key, then the answer for the key asked', async () => {
	const run = async (key: string) => `answer for ${key}`;
	rendered = renderWithProviders(<Probe taskKey={undefined} run={run} />);
	await rendered.waitFor('idle');
	rendered.rerender(<Probe taskKey="a" run={run} />);
	await rendered.waitFor('ready answer for a');
});

test('a new key aborts the run before it, whose late answer is dropped', async () => {
	const held = new Map<string, (value: string) => void>();
	const signals = new Map<string, AbortSignal>();
	const run = (key: string, {signal}: TaskOptions) =>
		new Promise<string>(resolve => {
			held.set(key, resolve);
			signals.set(key, signal);
		});
	rendered = renderWithProviders(<Probe taskKey="old" run={run} />);
	await rendered.waitFor(() => held.has('old'));
	expect(rendered.lastFrame()).toBe('loading');
	rendered.rerender(<Probe taskKey="new" run={run} />);
	await rendered.waitFor(() => held.has('new'));
	expect(signals.get('old')?.aborted).toBe(true);
	held.get('new')!('fresh');
	await rendered.waitFor('ready fresh');
	held.get('old')!('stale');
	await new Promise(resolve => setImmediate(resolve));
	expect(rendered.lastFrame()).toBe('ready fresh');
});

test('a refresh runs again asking to skip the cache; a failure is one line', async () => {
	const refreshes: boolean[] = [];
	const run = async (_key: string, {refresh}: TaskOptions) => {
		refreshes.push(refresh);
		if (refreshes.length === 2) throw new Error('Throttled: wait a minute.\nstack');
		return 'ok';
	};
	rendered = renderWithProviders(<Probe taskKey="a" run={run} />);
	await rendered.waitFor('ready ok');
	rendered.rerender(<Probe taskKey="a" refreshToken={1} run={run} />);
	await rendered.waitFor('failed Throttled: wait a minute.');
	expect(refreshes).toEqual([false, true]);
});

test('an engine that failed to open fails the task with its message', async () => {
	const failed: EngineState = {status: 'failed', scope: {source: 'aws'}, message: 'No AWS credentials: run aws sso login.'};
	rendered = renderWithProviders(<Probe taskKey="a" run={async () => 'never'} state={failed} />);
	await rendered.waitFor('failed No AWS credentials: run aws sso login.');
});
