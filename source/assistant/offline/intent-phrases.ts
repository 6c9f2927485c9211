import type {GroupBy} from '../../query.js';
import {GROUP_WORD, groupByFromWord} from './group-phrases.js';
import type {Sentence} from './sentence.js';
import type {QuestionKind} from './types.js';

/** What the question asks for, when its words say so. */
export interface IntentHint {
	readonly kind: QuestionKind;
	readonly limit?: number;
	/** The noun after "top": "top 3 regions". */
	readonly groupBy?: GroupBy;
}

/** Questions about what to do, not what was spent: the offline parser has no advice to give. */
export const ADVICE_WORDS =
	/\bhow (?:can|do|should|could|would) (?:i|we) (?:reduce|save|cut|lower|optimi[sz]e|decrease|fix|stop)\b|\b(?:reduce|cut|lower|optimi[sz]e) (?:my |our |the )?(?:costs?|bill|spend)\b|\bsave money\b|\bsavings plans?\b|\breserved instances?\b|\brightsi[sz]|\brecommend|\bshould (?:i|we)\b|\b(?:turn off|shut down|terminate|delete|buy|purchase)\b/;

const forecastWords =
	/\bforecasts?\b|\bproject(?:ed|ion|ions)\b|\bpredict(?:ed|ion|ions)?\b|\bend of (?:the |this )?month\b|\bmonth[ -]end\b|\beom\b|\b(?:will|would|am|are) (?:i|we)(?: going to| gonna)? (?:spend|pay|be billed|owe)\b|\bwill (?:it|this|that|\w+) cost\b|\bgoing to (?:spend|cost|pay)\b|\bon (?:track|pace)\b|\brun[ -]rate\b|\bexpected (?:spend|cost|bill|total)\b/;
const whyWords =
	/\bwhy (?:did|does|is|was|has|have|are|were)\b.*\b(?:up|down|increase[ds]?|rise|rose|risen|jump(?:ed)?|grow|grew|grown|spike[ds]?|drop(?:ped)?|decrease[ds]?|fall|fell|double[ds]?|high|higher|low|lower|more|less|expensive|change[ds]?)\b/;
const anomalyWords = /\banomal(?:y|ies|ous)\b|\bspikes?\b|\bspiky\b|\bunusual\b|\bweird\b|\bstrange\b|\bodd\b|\bunexpected\b|\boutliers?\b|\bsurges?\b|\babnormal\b|\bsuspicious\b/;
const compareWords =
	/\bcompar(?:e|ed|ing|ison)\b|\bwhat(?:s| has| have)? changed\b|\bchanges?\b|\bdifference\b|\bdiff\b|\bincrease[ds]?\b|\bdecrease[ds]?\b|\bwent (?:up|down)\b|\bgo(?:ne)? (?:up|down)\b|\bgrew\b|\bgrowth\b|\bmovers?\b|\bdelta\b/;
const trendWords = /\btrends?\b|\btrending\b|\bover time\b|\bhistory\b|\bhistorical\b|\bchart\b|\bgraph\b|\bplot\b|\bevol(?:ve|ved|ution)\b|\btimeline\b|\btime series\b/;
const breakdownWords =
	/\bbreak ?down\b|\bbroken down\b|\bsplit\b|\bdistribution\b|\bcomposition\b|\bshares?\b|\bmakes? up\b|\bmade up of\b|\bwhere (?:did|does|is|do) (?:my |our |the |all )?(?:the )?(?:money|spend|spending|budget|bill|costs?|dollars)\b/;
const totalWords =
	/\bhow much\b|\bspen[dt]\b|\bspending\b|\bcosts?\b|\bcosting\b|\bbill(?:ed|ing)?\b|\btotal\b|\bpa(?:y|id)\b|\bcharge[sd]?\b|\binvoice\b|\bexpenses?\b|\bprice\b|\bdollars\b|\bmoney\b/;
const topMovers = /\b(?:top|biggest|largest|main)(?: (\d{1,3}))? (?:movers|changes|increases|jumps|risers|swings|drivers)\b/;
const topWords = new RegExp(
	`\\b(?:(?:the |my |our )?(?:top|biggest|largest|highest|most expensive|costliest|priciest|most costly|heaviest)(?: (\\d{1,3}))?|(\\d{1,3}) (?:most expensive|biggest|largest|costliest|priciest|highest|top))\\b(?: (?:cost |spending |spend )?(${GROUP_WORD})\\b)?`,
);
const mostWords = /\b(?:costs?|costing|spend|spent|spends|charged|charges) (?:me |us )?(?:the )?most\b|\bmost (?:money|spend|costs?)\b/;
const singularWhich = /\b(?:which|what) (?:service|account|region|team|usage type|instance type|environment|operation)\b/;

/**
 * Reads the intent. Forecast and "why did it go up" win over the rest;
 * "top movers" is a comparison; a bare "the most expensive service" asks for
 * one, "top services" for five. Takes the top phrase (its number and noun).
 */
export function takeIntent(sentence: Sentence): IntentHint | undefined {
	const text = sentence.toString();
	if (forecastWords.test(text)) return {kind: 'forecast'};
	const movers = sentence.take(topMovers);
	if (movers) return {kind: 'compare', ...(movers[1] === undefined ? {} : {limit: Number(movers[1])})};
	if (whyWords.test(text)) return {kind: 'compare'};
	if (anomalyWords.test(text)) return {kind: 'anomalies'};
	if (compareWords.test(text)) return {kind: 'compare'};
	const top = sentence.take(topWords);
	if (top) {
		const noun = top[3];
		const groupBy = noun === undefined ? undefined : groupByFromWord(noun);
		const number = top[1] ?? top[2];
		const limit = number !== undefined ? Number(number) : noun !== undefined && !noun.endsWith('s') ? 1 : undefined;
		return {kind: 'top', ...(limit === undefined ? {} : {limit}), ...(groupBy === undefined ? {} : {groupBy})};
	}
	if (mostWords.test(text)) return {kind: 'top', ...(singularWhich.test(text) ? {limit: 1} : {})};
	if (trendWords.test(text)) return {kind: 'trend'};
	if (breakdownWords.test(text)) return {kind: 'breakdown'};
	if (totalWords.test(text)) return {kind: 'total'};
	return undefined;
}
