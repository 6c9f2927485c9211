import {badInput} from '../errors.js';
import {AMOUNT_SCALE, type Amount, ZERO, amountToString, formatAmount, parseAmount, subtractAmounts} from '../money.js';
import {quoteInput} from '../quote-input.js';

/** How much a cost may grow against the period it is compared with: a share of it, or dollars. */
export type IncreaseLimit = {readonly kind: 'percent'; readonly percent: Amount} | {readonly kind: 'amount'; readonly amount: Amount};

/** What `aws-cost check` holds each total (or each group) to. */
export interface CostLimits {
	readonly maxIncrease?: IncreaseLimit;
	readonly maxTotal?: Amount;
}

export type LimitName = 'max-increase' | 'max-total';

/** One limit passed: the most the cost could have been, and by how much it went past. */
export interface LimitExceeded {
	readonly limit: LimitName;
	/** The highest current cost within this limit. */
	readonly allowed: Amount;
	readonly over: Amount;
}

const dollars = /^\$?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)$/;

/** "5000", "$5,000", "1200.50": dollars, zero or more; anything else is one line naming the flag. */
export function parseDollars(flag: string, text: string): Amount {
	const match = dollars.exec(text.trim());
	if (!match) throw badInput(`--${flag} ${quoteInput(text)} must be dollars, e.g. 5000 or $1,200.50.`);
	return parseAmount(match[1]!.replaceAll(',', ''));
}

/** "10%" (or "10"): a share of the earlier period; "$250": dollars more. */
export function parseIncreaseLimit(text: string): IncreaseLimit {
	const trimmed = text.trim();
	if (trimmed.startsWith('$')) return {kind: 'amount', amount: parseDollars('max-increase', trimmed)};
	const match = /^(\d+(?:\.\d+)?|\.\d+)\s*%?$/.exec(trimmed);
	if (!match) throw badInput(`--max-increase ${quoteInput(text)} must be a percentage (10%) or dollars ($250).`);
	return {kind: 'percent', percent: parseAmount(match[1]!)};
}

/** "10%", "$250.00": a limit as the flag would be written. */
export function describeIncreaseLimit(limit: IncreaseLimit): string {
	return limit.kind === 'amount' ? formatAmount(limit.amount) : `${amountToString(limit.percent)}%`;
}

const scale = 10n ** BigInt(AMOUNT_SCALE);

/** The highest current cost the increase limit allows after `previous` (a share of nothing is nothing). */
export function allowedAfter(previous: Amount, limit: IncreaseLimit): Amount {
	if (limit.kind === 'amount') return (previous + limit.amount) as Amount;
	const base = previous > ZERO ? previous : ZERO;
	return (previous + (base * limit.percent) / (100n * scale)) as Amount;
}

/** The limits `current` went past, after `previous`; none when it kept within them. */
export function exceededLimits(current: Amount, previous: Amount, limits: CostLimits): LimitExceeded[] {
	const exceeded: LimitExceeded[] = [];
	if (limits.maxIncrease !== undefined) {
		const allowed = allowedAfter(previous, limits.maxIncrease);
		if (current > allowed) exceeded.push({limit: 'max-increase', allowed, over: subtractAmounts(current, allowed)});
	}
	if (limits.maxTotal !== undefined && current > limits.maxTotal) {
		exceeded.push({limit: 'max-total', allowed: limits.maxTotal, over: subtractAmounts(current, limits.maxTotal)});
	}
	return exceeded;
}
