import {type Span, type StyledLine, markdownLines, wrapSpans} from './chat-markdown.js';
import type {ChatEntry} from './chat-transcript.js';
import {terminalLines} from '../terminal-text.js';

/** What a line is, which decides its colour. */
export type LineTone = 'answer' | 'question' | 'tool' | 'tool-failed' | 'info' | 'warning' | 'error' | 'disclosure';

export interface ChatLine {
	readonly spans: StyledLine;
	readonly tone: LineTone;
}

const plain = (text: string): Span => ({text, style: 'plain'});

function wrapped(text: string, width: number, marker: string, tone: LineTone): ChatLine[] {
	const hang = ' '.repeat([...marker].length);
	return terminalLines(text)
		.split('\n')
		.flatMap((line, index) => wrapSpans([plain(line)], width, [plain(index === 0 ? marker : hang)], hang))
		.map(spans => ({spans, tone}));
}

const toolMarks = {running: '… ', ok: '⚙ ', failed: '✗ '} as const;
const noticeMarks = {info: '· ', warning: '! ', error: '✗ '} as const;

/** One entry's lines at a width. */
export function entryLines(entry: ChatEntry, width: number): ChatLine[] {
	switch (entry.kind) {
		case 'question':
			return wrapped(entry.text, width, '› ', 'question');
		case 'answer': {
			const lines = markdownLines(terminalLines(entry.text), width).map((spans): ChatLine => ({spans, tone: 'answer'}));
			return entry.ending === 'cancelled' ? [...lines, {spans: [{text: '[cancelled]', style: 'dim'}], tone: 'answer'}] : lines;
		}
		case 'tool':
			return wrapped(entry.summary, width, toolMarks[entry.state], entry.state === 'failed' ? 'tool-failed' : 'tool');
		case 'notice':
			return wrapped(entry.text, width, noticeMarks[entry.tone], entry.tone);
		case 'disclosure':
			return [...wrapped(entry.text, width, '', 'disclosure'), ...wrapped('y sends it · n keeps it here', width, '', 'question')];
	}
}

const cache = new WeakMap<ChatEntry, {readonly width: number; readonly lines: ChatLine[]}>();

/**
 * The conversation as screen lines, a blank line before each question.
 * Entries never change once made (a growing answer is a new entry object),
 * so each one's lines are cached: a streamed token re-lays only its answer.
 */
export function transcriptLines(entries: readonly ChatEntry[], width: number): ChatLine[] {
	const lines: ChatLine[] = [];
	for (const entry of entries) {
		if (entry.kind === 'question' && lines.length > 0) lines.push({spans: [], tone: 'answer'});
		let cached = cache.get(entry);
		if (cached?.width !== width) {
			cached = {width, lines: entryLines(entry, width)};
			cache.set(entry, cached);
		}
		lines.push(...cached.lines);
	}
	return lines;
}
