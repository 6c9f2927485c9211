import {type Amount, ZERO, compareAmounts, parseAmount, sumAmounts} from '../money.js';

export type SavingsKind = 'rightsizing' | 'savings-plan' | 'reservation';

/** One labelled fact behind a recommendation ("Max CPU", "41%"). */
export interface SavingsDetail {
	readonly label: string;
	readonly value: string;
}

/** A way to pay less, in the words a person acts on. */
export interface SavingsRecommendation {
	/** Stable within one answer, for list keys and de-duplication. */
	readonly id: string;
	readonly kind: SavingsKind;
	readonly title: string;
	/** One line: what to do. */
	readonly action: string;
	readonly estimatedMonthlySavings: Amount;
	readonly details: readonly SavingsDetail[];
	/** Where it came from: real Cost Explorer advice, or made up from the demo's data. */
	readonly source: 'cost-explorer' | 'demo';
}

/** Largest monthly saving first; ties by title so the order never wobbles. */
export function sortRecommendations(recommendations: readonly SavingsRecommendation[]): SavingsRecommendation[] {
	return [...recommendations].sort(
		(a, b) => compareAmounts(b.estimatedMonthlySavings, a.estimatedMonthlySavings) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
	);
}

/** The sum of the recommendations' monthly savings. */
export function totalMonthlySavings(recommendations: readonly SavingsRecommendation[]): Amount {
	return sumAmounts(recommendations.map(recommendation => recommendation.estimatedMonthlySavings));
}

/** Cost Explorer's decimal strings; missing or malformed figures count as zero. */
export function amountOrZero(text: string | undefined): Amount {
	if (text === undefined || text.trim() === '') return ZERO;
	try {
		return parseAmount(text);
	} catch {
		return ZERO;
	}
}

/** Cost Explorer's percentage strings ("41.5") as numbers; null when missing. */
export function percentOrNull(text: string | undefined): number | null {
	if (text === undefined || text.trim() === '') return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** Keeps only details whose value is known. */
export function knownDetails(details: readonly (readonly [string, string | undefined | null])[]): SavingsDetail[] {
	return details
		.filter((detail): detail is readonly [string, string] => detail[1] !== undefined && detail[1] !== null && detail[1] !== '')
		.map(([label, value]) => ({label, value}));
}
