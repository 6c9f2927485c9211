import {buildQuestion} from './build-question.js';
import {type Frame, applySlots, frameOfQuestion, frameOfView} from './question-frame.js';
import {type Slots, readSlots} from './read-slots.js';
import type {ParseContext, ParseOutcome, Unrecognised} from './types.js';
import {isHarmlessWord, unknownPhrases, unknownWordsMessage} from './unknown-words.js';

/** Questions the offline parser answers, offered when it cannot answer one. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
	'How much did I spend on S3 last month?',
	'Top 5 services this month',
	'Why did EC2 go up compared to last month?',
	'Daily spend for the last 14 days by region',
];

/** The honest reply to a question the offline parser does not understand. */
export function unrecognised(): Unrecognised {
	return {
		kind: 'unrecognised',
		message: `I can't answer that offline. Try: ${EXAMPLE_QUESTIONS.map(example => `"${example}"`).join(', ')}.`,
	};
}

/**
 * Turns a cost question into the CostQuerys that answer it, without a
 * language model. Follow-ups ("and the month before?", "what about S3?",
 * "by region instead") change one thing in the previous question, or in the
 * view on screen when there is no previous question. Dates come from
 * `context.today` only, so the same words on the same day give the same
 * queries.
 */
export function parseQuestion(text: string, context: ParseContext): ParseOutcome {
	const slots = readSlots(text, context.today, context.accounts ?? [], context.services ?? []);
	if (slots.advice) return unrecognised();
	const base = followUpBase(slots, context);
	if (base === undefined && !asksAboutCost(slots)) return unrecognised();
	// Never a broader answer than asked: a word that may narrow the question, and was not read, stops it.
	const unknown = unknownPhrases(slots.remainder);
	if (unknown.length > 0) return {kind: 'unrecognised', message: unknownWordsMessage(unknown, text), unknown};
	const result = applySlots(base, slots, context.today, context.scope);
	if (result.kind === 'invalid') return result;
	return buildQuestion(result.frame, context.today);
}

/**
 * The frame a question follows up, if it reads like a follow-up: it says so
 * ("and …", "what about …", "… instead", "the month before"), or it asks
 * nothing by itself ("S3?", "by region", "in September?").
 */
function followUpBase(slots: Slots, context: ParseContext): Frame | undefined {
	const base = context.previous ? frameOfQuestion(context.previous) : context.current ? frameOfView(context.current) : undefined;
	if (base === undefined) return undefined;
	const saysFollowUp = slots.followUpCue || slots.period?.kind === 'earlier';
	const onlySlots = slots.intent === undefined && slots.comparison === undefined && unknownWords(slots) === 0;
	if (saysFollowUp) return base;
	return onlySlots && (hasAnySlot(slots) || slots.period !== undefined) ? base : undefined;
}

/** Words left over that are neither understood nor filler: "weather" in "what's the weather today". */
function unknownWords(slots: Slots): number {
	return slots.leftover.split(' ').filter(word => word !== '' && !isHarmlessWord(word)).length;
}

function hasAnySlot(slots: Slots): boolean {
	return (
		slots.groupBys.length > 0 ||
		slots.filterParts.length > 0 ||
		slots.cleared.size > 0 ||
		slots.metric !== undefined ||
		slots.granularity !== undefined ||
		slots.comparison !== undefined
	);
}

/**
 * A fresh question must be about cost: an intent word, or something only a
 * cost question names (a service, a group-by, a metric). A period alone
 * counts only when nothing else was said ("last month?"), so "what's the
 * weather today" is not read as today's spend.
 */
function asksAboutCost(slots: Slots): boolean {
	if (slots.intent !== undefined || hasAnySlot(slots)) return true;
	return slots.period !== undefined && unknownWords(slots) === 0;
}
