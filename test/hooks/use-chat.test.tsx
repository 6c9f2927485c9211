import {createServer} from 'node:http';
import {Text} from 'ink';
import {useEffect} from 'react';
import {afterEach, expect, test} from 'vitest';
import {type ChatSession, useChat} from '../../hooks/use-chat.js';
import type {EngineState} from '../../hooks/use-engine.js';
import type {CostEngine} from '../../source/engine.js';
import type {CostQuery} from '../../source/query.js';
import type {ChatSetup} from '../../source/view/chat-setup.js';
import {fixedEngine} from '../assistant/fixed-source.js';
import {closeServer, listen, startFakeOllama, text} from '../fixtures/fake-ollama.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	rendered?.unmount();
	rendered = undefined;
	await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

const view: CostQuery = {
	period: {start: '2026-10-01', end: '2026-10-16'} as CostQuery['period'],
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'demo'},
};
const ready = (engine: CostEngine): EngineState => ({status: 'ready', scope: {source: 'demo'}, engine});
const noQuery = () => undefined;

interface ProbeProps {
	readonly setup: ChatSetup;
	readonly engineState: EngineState;
	readonly onSession: (session: ChatSession) => void;
	readonly onTranscript?: () => void;
}

function Probe({setup, engineState, onSession, onTranscript}: ProbeProps) {
	const session = useChat(setup, engineState, view, noQuery);
	onSession(session);
	useEffect(() => {
		onTranscript?.();
	}, [session.transcript, onTranscript]);
	const last = session.transcript.entries.at(-1);
	const shown = last === undefined ? '' : last.kind === 'answer' ? `answer ${last.text.length} ${last.ending}` : last.kind === 'tool' ? last.summary : last.text;
	return <Text>{`${session.phase.kind} | ${shown}`}</Text>;
}

test('a long stream arrives whole, in far fewer redraws than tokens', async () => {
	const tokens = Array.from({length: 400}, () => 'x');
	const fake = await startFakeOllama({replies: [text(...tokens)]});
	cleanups.push(() => fake.close());
	let session: ChatSession | undefined;
	let transcriptUpdates = 0;
	const setup: ChatSetup = {provider: 'ollama', model: 'qwen2.5', endpoint: fake.url, env: {}};
	rendered = renderWithProviders(
		<Probe setup={setup} engineState={ready(fixedEngine())} onSession={value => (session = value)} onTranscript={() => transcriptUpdates++} />,
	);
	await rendered.waitFor('idle');
	const before = transcriptUpdates;
	session!.send('stream please');
	await rendered.waitFor('idle | answer 400 done');
	expect(transcriptUpdates - before).toBeLessThan(40);
});

test('another engine (an account switch) cancels the answer in flight and starts a new conversation', async () => {
	let closed = false;
	const hanging = createServer((request, response) => {
		request.resume();
		response.writeHead(200, {'Content-Type': 'application/x-ndjson'});
		response.write(`${JSON.stringify({model: 'qwen2.5', message: {role: 'assistant', content: 'Partial'}, done: false})}\n`);
		response.on('close', () => (closed = true));
	});
	const url = await listen(hanging);
	cleanups.push(() => closeServer(hanging));
	let session: ChatSession | undefined;
	const setup: ChatSetup = {provider: 'ollama', model: 'qwen2.5', endpoint: url, env: {}};
	const onSession = (value: ChatSession) => (session = value);
	rendered = renderWithProviders(<Probe setup={setup} engineState={ready(fixedEngine())} onSession={onSession} />);
	await rendered.waitFor('idle');
	session!.send('why?');
	await rendered.waitFor('answering | answer 7 streaming');
	rendered.rerender(<Probe setup={setup} engineState={ready(fixedEngine())} onSession={onSession} />);
	await rendered.waitFor('idle | Cancelled: the account or model changed, so a new conversation starts.');
	await rendered.waitFor(() => closed);
	expect(session!.transcript.entries.find(entry => entry.kind === 'answer')).toMatchObject({text: 'Partial', ending: 'cancelled'});
});
