import {type FormEvent, type RefObject, useCallback, useEffect, useRef, useState} from 'react';
import type {CostQuery} from '../source/query.js';
import {failureText, isAbort} from './api.js';
import {askStream} from './ask-stream.js';

interface Turn {
	readonly question: string;
	readonly answer: string;
	/** Tools run and notices, one line each. */
	readonly lines: readonly string[];
	readonly status: 'streaming' | 'done' | 'failed';
	readonly provider?: string;
}

/**
 * The chat: questions to POST /api/v1/ask, the answer streamed in as it
 * comes, and, like the app's chat pane, each query the answer ran put on
 * screen (`onQuery`: the chart and table show it, Back returns).
 */
export function ChatPanel({onQuery, inputRef}: {onQuery: (query: CostQuery) => void; inputRef: RefObject<HTMLInputElement | null>}) {
	const [turns, setTurns] = useState<readonly Turn[]>([]);
	const [question, setQuestion] = useState('');
	const conversation = useRef<string | undefined>(undefined);
	const running = useRef<AbortController | undefined>(undefined);
	useEffect(() => () => running.current?.abort(), []);
	const update = useCallback((change: (turn: Turn) => Turn) => setTurns(all => [...all.slice(0, -1), change(all.at(-1)!)]), []);

	const ask = (event: FormEvent) => {
		event.preventDefault();
		const text = question.trim();
		if (text === '' || running.current !== undefined) return;
		setQuestion('');
		setTurns(all => [...all, {question: text, answer: '', lines: [], status: 'streaming'}]);
		const controller = new AbortController();
		running.current = controller;
		askStream(
			text,
			conversation.current,
			streamed => {
				switch (streamed.event) {
					case 'answering':
						conversation.current = streamed.conversationId;
						update(turn => ({...turn, provider: streamed.model === undefined ? streamed.provider : `${streamed.provider} ${streamed.model}`, lines: streamed.reason === undefined ? turn.lines : [...turn.lines, streamed.reason]}));
						return;
					case 'text':
						update(turn => ({...turn, answer: turn.answer + streamed.text}));
						return;
					case 'query':
						onQuery(streamed.query);
						return;
					case 'tool-result':
						update(turn => ({...turn, lines: [...turn.lines, `${streamed.name}: ${streamed.summary}`]}));
						return;
					case 'notice':
						update(turn => ({...turn, lines: [...turn.lines, streamed.message]}));
						return;
					case 'done':
						conversation.current = streamed.conversationId;
						update(turn => ({...turn, answer: turn.answer === '' ? streamed.answer : turn.answer, status: 'done'}));
						return;
					case 'error':
						update(turn => ({...turn, answer: streamed.detail, status: 'failed'}));
						return;
					default:
						return;
				}
			},
			controller.signal,
		)
			.catch((error: unknown) => {
				if (isAbort(error)) return;
				// A conversation the server forgot (restart, 30 minutes idle): the next question starts a new one.
				conversation.current = undefined;
				update(turn => ({...turn, answer: failureText(error), status: 'failed'}));
			})
			.finally(() => {
				running.current = undefined;
				update(turn => (turn.status === 'streaming' ? {...turn, status: 'done'} : turn));
			});
	};

	return (
		<section className="chat" aria-label="Chat">
			<h2>Ask</h2>
			<div className="transcript" role="log" aria-live="polite" data-testid="chat-log">
				{turns.map((turn, index) => (
					<div key={index} className="turn">
						<p className="question">› {turn.question}</p>
						{turn.lines.map((line, lineIndex) => (
							<p key={lineIndex} className="muted tool">
								{line}
							</p>
						))}
						<p className={turn.status === 'failed' ? 'error answer' : 'answer'} data-testid="chat-answer" data-status={turn.status}>
							{turn.answer}
							{turn.status === 'streaming' ? <span className="muted"> …</span> : null}
						</p>
						{turn.provider === undefined ? null : <p className="muted provider">{turn.provider}</p>}
					</div>
				))}
			</div>
			<form onSubmit={ask}>
				<input ref={inputRef} type="text" aria-label="Ask a question (i)" placeholder="Ask: top 5 services last month (i)" maxLength={2000} value={question} onChange={event => setQuestion(event.target.value)} data-testid="chat-input" />
				<button type="submit">Ask</button>
			</form>
		</section>
	);
}
