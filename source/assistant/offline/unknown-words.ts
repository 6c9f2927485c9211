/**
 * Words that cannot narrow a cost question: grammar, and the words of cost
 * questions the intent was read from ("why", "spend", "go up"). Any other
 * word left over may be a constraint the parser did not understand
 * ("Snowflake", "except", "roughly"): answering without it would answer a
 * broader question than was asked, so the parser refuses and names it.
 */
const HARMLESS_WORDS = new Set(
	[
		// grammar
		'a about again also am an and any anything are as at be been being but by can could did do does doing for from get got give',
		'had has have having how however i if im in instead into is it its just let lets me much my now of on only our ours please',
		'same see show so tell that thats the their then there these them they this those to us was we were what whats when where',
		'wheres which who why will with would you your yours ok okay hi hey hello thanks thank know want need wondering curious quick',
		'question tell say find check view display list look looks looking like exactly roughly approximately about around overall',
		'whole entire altogether combined everything all every each per over during than vs versus or',
		// cost words
		'spend spends spent spending cost costs costed costing bill bills billed billing total totals pay paid paying payment charge',
		'charges charged invoice invoices expense expenses price prices pricing dollars money amount amounts figure figures number',
		'numbers sum data report summary overview detail details info aws amazon account accounts service services region regions',
		'team teams tag tags so far yet already currently current right recently recent',
		// time words a period phrase left behind
		'day days week weeks month months quarter quarters year years hour hours hrs quantity units',
		// what changed, and why
		'up down increase increased increases increasing rise rose risen rising jump jumped jumps grow grew grown growing growth',
		'spike spikes spiked spiking spiky drop dropped drops decrease decreased decreases decreasing fall fell falling double doubled',
		'doubles high higher highest low lower lowest more less expensive cheaper change changed changes changing compare compared',
		'comparing comparison difference different diff mover movers delta big bigger biggest large larger largest top most main',
		'costliest priciest costly heaviest driver drivers driving drove behind cause caused causing reason reasons explain happened',
		'happen going go went gone gonna',
		// trends and breakdowns
		'trend trends trending time history historical chart graph plot evolve evolved evolution timeline series break breakdown',
		'broken split distribution composition share shares make makes made budget',
		// forecasts and anomalies
		'forecast forecasts forecasted project projected projection projections predict predicted prediction end eom track pace',
		'run rate expected expect estimate estimated owe likely land finish anomaly anomalies anomalous unusual weird strange odd',
		'unexpected outlier outliers surge surges abnormal suspicious',
	]
		.join(' ')
		.split(' '),
);

/** Words a subject follows: "spend on Snowflake", "what did Snowflake cost", "the Snowflake bill". */
const SUBJECT_CUES = new Set(['', 'on', 'for', 'in', 'from', 'at', 'of', 'about', 'with', 'by', 'did', 'does', 'do', 'the', 'our', 'my', 'is', 'was', 'are', 'were']);

/** A run of words nothing understood, and whether it sits where a service or account would. */
export interface UnknownPhrase {
	readonly words: string;
	readonly asSubject: boolean;
}

/**
 * The runs of unknown words in what the extractors left of a sentence
 * (`|` marks where a phrase was taken), in order.
 */
export function unknownPhrases(remainder: string): UnknownPhrase[] {
	const phrases: UnknownPhrase[] = [];
	let run: string[] = [];
	let cue = false;
	let previous = '';
	const flush = (): void => {
		if (run.length > 0) phrases.push({words: run.join(' '), asSubject: cue});
		run = [];
	};
	const words = remainder.split(' ').map(word => word.replace(/^[:=-]+|[:=-]+$/g, ''));
	for (const word of words.filter(word => word !== '')) {
		if (word === '|' || HARMLESS_WORDS.has(word) || !/[\p{L}\p{N}]/u.test(word)) {
			flush();
		} else {
			if (run.length === 0) cue = SUBJECT_CUES.has(previous);
			run.push(word);
		}
		previous = word;
	}
	flush();
	return phrases;
}

/** Whether a word is harmless grammar or a cost word. */
export function isHarmlessWord(word: string): boolean {
	return HARMLESS_WORDS.has(word);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase as the person wrote it ("Snowflake"), found again in their question. */
export function asWritten(words: string, question: string): string {
	const pattern = new RegExp(words.split(' ').map(escape).join('[^\\p{L}\\p{N}]+'), 'iu');
	return pattern.exec(question)?.[0] ?? words;
}

/**
 * The refusal for words the parser cannot place: named, with no figure. A
 * phrase where a service would be ("on Snowflake") is said to be missing
 * from the bill; another word is said not to be understood.
 */
export function unknownWordsMessage(phrases: readonly UnknownPhrase[], question: string): string {
	const subjects = phrases.filter(phrase => phrase.asSubject).map(phrase => asWritten(phrase.words, question));
	const others = phrases.filter(phrase => !phrase.asSubject).map(phrase => `"${asWritten(phrase.words, question)}"`);
	const sentences: string[] = [];
	if (subjects.length > 0) {
		sentences.push(`I found no service called ${subjects.join(' or ')} in this bill (nor an account or region by that name).`);
	}
	if (others.length > 0) sentences.push(`I don't understand ${others.join(' or ')} in this question.`);
	sentences.push('So I give no figure rather than answer a broader question: ask without it, or name a service, account, region or tag the bill has.');
	return sentences.join(' ');
}
