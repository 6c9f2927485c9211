import {type IsoDate, type Period, addMonths, startOfMonth, ymd} from '../dates.js';
import {badInput} from '../errors.js';
import {type Amount, amountFromNumber, formatAmount} from '../money.js';
import type {Expression} from '../query.js';
import type {DailyPoint} from './daily-series.js';
import type {DailyForecast} from './forecast.js';
import {monthOutlook} from './month-outlook.js';

/** What a budget covers; an empty scope covers the whole bill. */
export interface BudgetScope {
	readonly account?: string;
	readonly service?: string;
	readonly tag?: {readonly key: string; readonly value: string};
}

export interface Budget {
	readonly name: string;
	/** USD per calendar month. */
	readonly monthlyAmount: number;
	readonly scope: BudgetScope;
}

/** Where the month stands against the budget; `on` is the day the running total passes it. */
export type BudgetState =
	| {readonly kind: 'exceeded'; readonly on: IsoDate; readonly overBy: Amount}
	| {readonly kind: 'will-exceed'; readonly on: IsoDate; readonly overBy: Amount}
	| {readonly kind: 'on-track'; readonly headroom: Amount}
	/** Not one row for the budget's filter: a misspelt service or tag, not $0.00 spent. */
	| {readonly kind: 'no-data'};

export interface BudgetStatus {
	readonly budget: Budget;
	readonly month: Period;
	/** Billed this month before today. */
	readonly spent: Amount;
	/** Month-to-date plus the forecast for the rest of the month. */
	readonly projected: Amount;
	/** spent / budget × 100. */
	readonly percentUsed: number;
	readonly projectedPercent: number;
	readonly state: BudgetState;
	/** "will exceed by $120.00 on the 24th", "on track", "exceeded on the 12th". */
	readonly message: string;
}

/** The Cost Explorer filter that selects the budget's costs; undefined for the whole bill. */
export function budgetFilter(budget: Budget): Expression | undefined {
	const {account, service, tag} = budget.scope;
	const parts: Expression[] = [];
	if (account !== undefined) parts.push({Dimensions: {Key: 'LINKED_ACCOUNT', Values: [account]}});
	if (service !== undefined) parts.push({Dimensions: {Key: 'SERVICE', Values: [service]}});
	if (tag !== undefined) parts.push({Tags: {Key: tag.key, Values: [tag.value], MatchOptions: ['EQUALS']}});
	if (parts.length <= 1) return parts[0];
	return {And: parts};
}

/** "SERVICE=Amazon S3, LINKED_ACCOUNT=318274650193, TAG:team=web", as --filter spells them; "the whole bill" for none. */
export function budgetFilterText(scope: BudgetScope): string {
	const parts = [
		scope.service === undefined ? undefined : `SERVICE=${scope.service}`,
		scope.account === undefined ? undefined : `LINKED_ACCOUNT=${scope.account}`,
		scope.tag === undefined ? undefined : `TAG:${scope.tag.key}=${scope.tag.value}`,
	].filter((part): part is string => part !== undefined);
	return parts.length === 0 ? 'the whole bill' : parts.join(', ');
}

/**
 * A budget whose filter matched no cost at all in the history read: said
 * as such, never as "$0.00 spent; on track". Its amounts are zero only to
 * keep the shape; the state says they are not figures.
 */
export function noDataStatus(budget: Budget, today: IsoDate): BudgetStatus {
	const check = budget.scope.account === undefined && budget.scope.service === undefined && budget.scope.tag === undefined ? 'check the scope' : 'check the filter';
	return {
		budget,
		month: {start: startOfMonth(today), end: addMonths(today, 1)},
		spent: 0n as Amount,
		projected: 0n as Amount,
		percentUsed: 0,
		projectedPercent: 0,
		state: {kind: 'no-data'},
		message: `no spend found for ${budgetFilterText(budget.scope)} — ${check}`,
	};
}

/** "1st", "2nd", "3rd", "11th", "22nd", "24th". */
export function ordinalDay(date: IsoDate): string {
	const {day} = ymd(date);
	const suffix = day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
	return `${day}${suffix}`;
}

/**
 * Compares the month of `today` with the budget. `series` holds the budget's
 * daily costs (already filtered with budgetFilter), ideally with a few weeks
 * before the month for the forecast; today counts as a forecast day, as in
 * monthOutlook. Pass `forecast` to reuse one already made.
 */
export function budgetStatus(budget: Budget, series: readonly DailyPoint[], today: IsoDate, forecast?: DailyForecast): BudgetStatus {
	if (!Number.isFinite(budget.monthlyAmount) || budget.monthlyAmount <= 0) {
		throw badInput(`The budget "${budget.name}" needs a monthly amount above zero.`);
	}
	const outlook = monthOutlook(series, today, forecast);
	const limit = budget.monthlyAmount;
	let runningTotal = 0;
	let crossing: (typeof outlook.days)[number] | undefined;
	for (const day of outlook.days) {
		runningTotal += day.amount;
		if (runningTotal > limit) {
			crossing = day;
			break;
		}
	}
	const overBy = amountFromNumber(Math.max(0, outlook.projected.mean - limit));
	const state: BudgetState = !crossing
		? {kind: 'on-track', headroom: amountFromNumber(limit - outlook.projected.mean)}
		: {kind: crossing.kind === 'actual' ? 'exceeded' : 'will-exceed', on: crossing.date, overBy};
	return {
		budget,
		month: outlook.month,
		spent: amountFromNumber(outlook.monthToDate),
		projected: amountFromNumber(outlook.projected.mean),
		percentUsed: (outlook.monthToDate / limit) * 100,
		projectedPercent: (outlook.projected.mean / limit) * 100,
		state,
		message: budgetMessage(state),
	};
}

function budgetMessage(state: BudgetState): string {
	switch (state.kind) {
		case 'exceeded':
			return `exceeded on the ${ordinalDay(state.on)}; projected ${formatAmount(state.overBy)} over by month end`;
		case 'will-exceed':
			return `will exceed by ${formatAmount(state.overBy)} on the ${ordinalDay(state.on)}`;
		case 'on-track':
			return `on track (${formatAmount(state.headroom)} to spare)`;
		case 'no-data':
			return 'no spend found';
	}
}
