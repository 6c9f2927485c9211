import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Assistant} from '../source/assistant/assistant.js';
import type {AssistantEvent} from '../source/assistant/assistant-events.js';
import {createChatProvider} from '../source/assistant/create-provider.js';
import type {ChatProvider} from '../source/assistant/provider.js';
import {remoteDisclosure} from '../source/assistant/remote-disclosure.js';
import {oneLineMessage} from '../source/errors.js';
import type {Period} from '../source/dates.js';
import type {CostQuery} from '../source/query.js';
import type {AnswererStatus} from '../source/view/chat-answerer.js';
import type {ChatSetup} from '../source/view/chat-setup.js';
import {createTextBatcher} from '../source/view/chat-text-batcher.js';
import {
	EMPTY_TRANSCRIPT,
	startOver,
	type NoticeTone,
	type Transcript,
	appendEntry,
	applyAssistantEvent,
	cancelTurn,
} from '../source/view/chat-transcript.js';
import {type ModelList, hasModel, useChatModels} from './use-chat-models.js';
import type {EngineState} from './use-engine.js';

export type ChatPhase =
	| {readonly kind: 'idle'}
	| {readonly kind: 'answering'}
	/** A remote model is about to get its first question: waiting for a yes. */
	| {readonly kind: 'confirming'; readonly question: string};

export interface ChatSession {
	readonly transcript: Transcript;
	readonly phase: ChatPhase;
	/** The phase after every key so far (Enter twice must not ask twice). */
	readonly getPhase: () => ChatPhase;
	readonly answerer: AnswererStatus;
	readonly provider: ChatProvider | undefined;
	readonly models: ModelList;
	readonly reloadModels: () => void;
	readonly send: (question: string) => void;
	readonly cancel: () => void;
	readonly confirmRemote: () => void;
	/** Drops the question waiting for the disclosure's yes, and hands it back. */
	readonly declineRemote: () => string | undefined;
	readonly newConversation: () => void;
	readonly chooseModel: (model: string) => void;
	readonly note: (text: string, tone?: NoticeTone) => void;
}

/** Streamed text is drawn at most this often, so typing stays smooth while a model streams. */
const flushIntervalMs = 50;
/**
 * The assistant and its offline parser (about 90 KB) load once the app is
 * up, not before its first frame: nobody asks before the data is on screen.
 */
const loadAssistant = async () => {
	const [{Assistant}, {OfflineParserAnswerer}] = await Promise.all([
		import('../source/assistant/assistant.js'),
		import('../source/assistant/offline-answerer.js'),
	]);
	return {Assistant, OfflineParserAnswerer};
};
const idle: ChatPhase = {kind: 'idle'};

interface ProviderChoice {
	readonly provider: ChatProvider | undefined;
	/** Why the configured provider cannot be used (bad remote setup). */
	readonly problem?: string;
}

function chooseProvider(setup: ChatSetup, model: string | undefined): ProviderChoice {
	if (setup.provider === 'offline') return {provider: undefined};
	try {
		return {
			provider: createChatProvider({
				name: setup.provider,
				env: setup.env,
				...(model === undefined ? {} : {model}),
				...(setup.endpoint === undefined ? {} : {endpoint: setup.endpoint}),
				...(setup.timeoutMs === undefined ? {} : {timeoutMs: setup.timeoutMs}),
			}),
		};
	} catch (error) {
		return {provider: undefined, problem: oneLineMessage(error)};
	}
}

/** Who answers, from the setup, then what Ollama's model list and the latest answer showed. */
function answererOf(choice: ProviderChoice, models: ModelList, observed: AnswererStatus | undefined): AnswererStatus {
	const {provider} = choice;
	if (provider === undefined) return choice.problem === undefined ? {kind: 'offline'} : {kind: 'offline', reason: choice.problem};
	if (observed !== undefined) return observed;
	if (models.status === 'failed') return {kind: 'offline', reason: models.message};
	if (models.status === 'ready' && !hasModel(models.models, provider.model)) {
		return {kind: 'offline', reason: `Model ${provider.model} is not pulled: run \`ollama pull ${provider.model}\`.`};
	}
	return {kind: 'model', provider: provider.name, model: provider.model};
}

/**
 * The chat: one Assistant per engine and provider (a new account or model
 * starts a new conversation and cancels the answer in flight), streaming
 * each answer into the transcript with batched redraws. The view each
 * answer is about (its main query, and the period it compared with) goes to
 * `onQuery`, so the chart and table show what the answer says.
 */
export function useChat(
	setup: ChatSetup,
	engineState: EngineState,
	view: CostQuery,
	onQuery: (query: CostQuery, comparison?: Period) => void,
	/** The chat has focus: Ollama's models are listed from then on (see useChatModels). */
	active = true,
): ChatSession {
	const [model, setModel] = useState(setup.model);
	const choice = useMemo(() => chooseProvider(setup, model), [setup, model]);
	const {provider} = choice;
	const {list: models, reload: reloadModels} = useChatModels(provider, active);
	const [observed, setObserved] = useState<{readonly for: ChatProvider | undefined; readonly status: AnswererStatus}>();
	const [transcript, setTranscript] = useState<Transcript>(EMPTY_TRANSCRIPT);
	const [phase, setPhaseState] = useState<ChatPhase>(idle);
	const phaseRef = useRef<ChatPhase>(idle);
	const setPhase = useCallback((next: ChatPhase) => {
		phaseRef.current = next;
		setPhaseState(next);
	}, []);
	/** The assistant for the open engine (loading at first); undefined while no engine is open. */
	const assistantRef = useRef<Promise<Assistant> | undefined>(undefined);
	const controllerRef = useRef<AbortController | undefined>(undefined);
	const latest = useRef({view, onQuery, setup, provider});
	latest.current = {view, onQuery, setup, provider};
	const update = useCallback((change: (transcript: Transcript) => Transcript) => setTranscript(change), []);
	const [batcher] = useState(() =>
		createTextBatcher(text => setTranscript(current => applyAssistantEvent(current, {type: 'text', text})), flushIntervalMs),
	);
	const flush = batcher.flush;
	const cancelWith = useCallback(
		(why: string) => {
			const controller = controllerRef.current;
			if (controller === undefined) return;
			controllerRef.current = undefined;
			controller.abort();
			flush();
			update(current => cancelTurn(current, why));
			setPhase(idle);
		},
		[flush, update, setPhase],
	);

	const engine = engineState.status === 'ready' ? engineState.engine : undefined;
	useEffect(() => {
		if (engine === undefined) return undefined;
		const log = latest.current.setup.log;
		const assistant = loadAssistant().then(
			({Assistant, OfflineParserAnswerer}) =>
				new Assistant({provider, engine, scope: engineState.scope, offline: new OfflineParserAnswerer(), ...(log === undefined ? {} : {log})}),
		);
		// A failure to load is reported when someone asks.
		assistant.catch(() => undefined);
		assistantRef.current = assistant;
		return () => {
			assistantRef.current = undefined;
			cancelWith('Cancelled: the account or model changed, so a new conversation starts.');
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the engine stands for `engineState.scope`: each scope opens its own engine.
	}, [engine, provider, cancelWith]);
	useEffect(() => () => batcher.dispose(), [batcher]);

	const handle = useCallback(
		(event: AssistantEvent, asker: ChatProvider | undefined) => {
			if (event.type === 'text') {
				batcher.push(event.text);
				return;
			}
			flush();
			if (event.type === 'answering') {
				const status: AnswererStatus =
					event.provider === 'offline'
						? {kind: 'offline', ...(event.reason === undefined ? {} : {reason: event.reason})}
						: {kind: 'model', provider: event.provider, model: event.model ?? ''};
				setObserved({for: asker, status});
			}
			if (event.type === 'view') latest.current.onQuery(event.query, event.comparison);
			update(current => applyAssistantEvent(current, event));
		},
		[batcher, flush, update],
	);

	const ask = useCallback(
		async (question: string) => {
			const loading = assistantRef.current;
			if (loading === undefined) {
				update(current => appendEntry(current, {kind: 'notice', tone: 'info', text: 'The data is still loading: ask again in a moment.'}));
				setPhase(idle);
				return;
			}
			const controller = new AbortController();
			controllerRef.current = controller;
			setPhase({kind: 'answering'});
			const asker = latest.current.provider;
			try {
				const assistant = await loading;
				if (controller.signal.aborted) return;
				for await (const event of assistant.ask(question, {view: latest.current.view, signal: controller.signal})) {
					if (controller.signal.aborted) return;
					handle(event, asker);
				}
			} catch (error) {
				if (controller.signal.aborted) return;
				flush();
				update(current => appendEntry(cancelTurn(current, ''), {kind: 'notice', tone: 'error', text: oneLineMessage(error)}));
			} finally {
				if (controllerRef.current === controller) {
					flush();
					controllerRef.current = undefined;
					setPhase(idle);
				}
			}
		},
		[flush, handle, update, setPhase],
	);

	const send = useCallback(
		(question: string) => {
			if (phaseRef.current.kind !== 'idle') return;
			update(current => appendEntry(current, {kind: 'question', text: question}));
			setPhase({kind: 'answering'});
			const remote = latest.current.provider;
			if (remote?.name !== 'openai') {
				void ask(question);
				return;
			}
			void (latest.current.setup.disclosures?.isAcknowledged(remote.endpoint) ?? Promise.resolve(false))
				.catch(() => false)
				.then(known => {
					if (known) return void ask(question);
					update(current => appendEntry(current, {kind: 'disclosure', text: remoteDisclosure(remote.endpoint)}));
					setPhase({kind: 'confirming', question});
				});
		},
		[ask, update, setPhase],
	);

	const confirmRemote = useCallback(() => {
		const waiting = phaseRef.current;
		const remote = latest.current.provider;
		if (waiting.kind !== 'confirming' || remote === undefined) return;
		setPhase({kind: 'answering'});
		// A state file that cannot be written only means the notice shows again next time.
		void (latest.current.setup.disclosures?.acknowledge(remote.endpoint) ?? Promise.resolve())
			.catch(() => undefined)
			.then(() => ask(waiting.question));
	}, [ask, setPhase]);

	const declineRemote = useCallback(() => {
		const waiting = phaseRef.current;
		if (waiting.kind !== 'confirming') return undefined;
		update(current =>
			appendEntry(current, {kind: 'notice', tone: 'info', text: 'Not sent: nothing left this machine. --provider ollama or --offline keeps chat local.'}),
		);
		setPhase(idle);
		return waiting.question;
	}, [update, setPhase]);

	const cancel = useCallback(() => cancelWith(''), [cancelWith]);
	const note = useCallback((text: string, tone: NoticeTone = 'info') => update(current => appendEntry(current, {kind: 'notice', tone, text})), [update]);
	const newConversation = useCallback(() => {
		cancelWith('');
		void assistantRef.current?.then(assistant => assistant.reset(), () => undefined);
		setTranscript(startOver);
	}, [cancelWith]);
	const chooseModel = useCallback(
		(name: string) => {
			setModel(name);
			latest.current.setup.onModelChosen?.(name);
			note(`Model set to ${name}: a new conversation starts.`);
		},
		[note],
	);
	const getPhase = useCallback(() => phaseRef.current, []);

	const answerer = answererOf(choice, models, observed !== undefined && observed.for === provider ? observed.status : undefined);
	return {
		transcript,
		phase,
		getPhase,
		answerer,
		provider,
		models,
		reloadModels,
		send,
		cancel,
		confirmRemote,
		declineRemote,
		newConversation,
		chooseModel,
		note,
	};
}
