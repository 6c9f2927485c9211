import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {GRANULARITIES, type Granularity, METRICS, type Metric} from '../query.js';

const METRIC_ALIASES: Readonly<Record<string, Metric>> = {
	unblended: 'UnblendedCost',
	amortized: 'AmortizedCost',
	'net-amortized': 'NetAmortizedCost',
	'net-unblended': 'NetUnblendedCost',
	net: 'NetUnblendedCost',
	blended: 'BlendedCost',
	usage: 'UsageQuantity',
	'usage-quantity': 'UsageQuantity',
	normalized: 'NormalizedUsageAmount',
};

/** "amortized", "AmortizedCost", "amortizedcost" all mean AmortizedCost. */
export function parseMetric(text: string): Metric {
	const lower = text.trim().toLowerCase();
	const exact = METRICS.find(metric => metric.toLowerCase() === lower.replaceAll('-', ''));
	const metric = exact ?? METRIC_ALIASES[lower];
	if (!metric) throw badInput(`Unknown metric ${quoteInput(text)}: use one of ${METRICS.join(', ')} (or unblended, amortized, net, usage).`);
	return metric;
}

export function parseGranularity(text: string): Granularity {
	const upper = text.trim().toUpperCase();
	const granularity = GRANULARITIES.find(value => value === upper);
	if (!granularity) throw badInput(`Unknown granularity ${quoteInput(text)}: use ${GRANULARITIES.join(', ')}.`);
	return granularity;
}
