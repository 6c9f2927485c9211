import type {Metric} from '../../query.js';
import type {Sentence} from './sentence.js';

// Most specific first: "net amortized" before "amortized", "unblended" before "blended".
const metricPhrases: ReadonlyArray<readonly [RegExp, Metric]> = [
	[/\bnet[ -]amorti[sz]ed(?: costs?)?\b/, 'NetAmortizedCost'],
	[/\bnet[ -]unblended(?: costs?)?\b|\bnet(?: costs?| spend)?\b/, 'NetUnblendedCost'],
	[/\bamorti[sz]ed(?: costs?)?\b|\bamorti[sz]ation\b/, 'AmortizedCost'],
	[/\bunblended(?: costs?)?\b/, 'UnblendedCost'],
	[/\bblended(?: costs?)?\b/, 'BlendedCost'],
	[/\bnormali[sz]ed usage(?: amount)?\b|\bnormali[sz]ed units\b/, 'NormalizedUsageAmount'],
	[/\busage quantity\b|\busage\b|\bhours\b|\bhrs\b/, 'UsageQuantity'],
];

/** Takes the metric the question names; none named means UnblendedCost. */
export function takeMetric(sentence: Sentence): Metric | undefined {
	for (const [pattern, metric] of metricPhrases) if (sentence.take(pattern)) return metric;
	return undefined;
}
