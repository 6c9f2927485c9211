import type {BudgetStatus} from '../analysis/budgets.js';
import {amountFromNumber, formatAmount} from '../money.js';

// A budget that matched nothing is a mistake to fix, so it comes before one on track.
const urgency: Readonly<Record<BudgetStatus['state']['kind'], number>> = {exceeded: 0, 'will-exceed': 1, 'no-data': 2, 'on-track': 3};

/**
 * The budget to show first: one already exceeded, then one that will be
 * (the earliest crossing day first), then the one closest to its limit.
 */
export function mostUrgentBudget(statuses: readonly BudgetStatus[]): BudgetStatus | undefined {
	const crossing = ({state}: BudgetStatus) => (state.kind === 'exceeded' || state.kind === 'will-exceed' ? state.on : '');
	return [...statuses].sort(
		(a, b) =>
			urgency[a.state.kind] - urgency[b.state.kind] ||
			crossing(a).localeCompare(crossing(b)) ||
			b.projectedPercent - a.projectedPercent,
	)[0];
}

/** Whole dollars read faster in a one-line header: "$40,000", "$1,234.50" only when there are cents. */
function budgetAmount(dollars: number): string {
	const text = formatAmount(amountFromNumber(dollars));
	return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** "budget Prod $40,000: 72% · will exceed by $1,200.00 on the 24th", plus "(+2 more)" when there are others. */
export function budgetHeaderText(statuses: readonly BudgetStatus[]): string | undefined {
	const status = mostUrgentBudget(statuses);
	if (status === undefined) return undefined;
	const {budget} = status;
	const more = statuses.length > 1 ? ` (+${statuses.length - 1} more)` : '';
	if (status.state.kind === 'no-data') return `budget ${budget.name} ${budgetAmount(budget.monthlyAmount)}: ${status.message}${more}`;
	const state = status.state.kind === 'on-track' ? 'on track' : status.message;
	return `budget ${budget.name} ${budgetAmount(budget.monthlyAmount)}: ${Math.round(status.percentUsed)}% · ${state}${more}`;
}

/** Whether the header should warn: the month has passed, or will pass, the budget. */
export const budgetAtRisk = (statuses: readonly BudgetStatus[]): boolean =>
	['exceeded', 'will-exceed'].includes(mostUrgentBudget(statuses)?.state.kind ?? 'on-track');
