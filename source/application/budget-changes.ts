import type {Budget} from '../analysis/budgets.js';
import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {BudgetStore, parseBudget} from '../insights/budget-config.js';
import {describeBudgetScope} from '../insights/format/budget-output.js';
import {formatAmount, parseAmount} from '../money.js';

/** A budget as `aws-cost budgets add` and `POST /api/v1/budgets/{name}` take it: text as typed. */
export interface BudgetInput {
	readonly name: string;
	/** Dollars a month: "500", "$1,200.50", or a number from JSON. */
	readonly amount: string | number;
	readonly service?: string;
	readonly account?: string;
	/** key=value, e.g. team=web. */
	readonly tag?: string;
}

function parseTag(text: string): {key: string; value: string} {
	const match = /^([^=]+)=(.*)$/.exec(text.trim());
	if (!match || match[1]!.trim() === '') throw badInput(`--tag "${text}" is not key=value, e.g. --tag team=web.`);
	return {key: match[1]!.trim(), value: match[2]!.trim()};
}

/** A typed budget, judged; every mistake is a one-line bad-input error. */
export function parseBudgetInput(input: BudgetInput): Budget {
	const typed = String(input.amount);
	const amount = Number(typed.replace(/^\$/, '').replaceAll(',', ''));
	return parseBudget({
		name: input.name,
		// Not a number: handed on as typed, so the message quotes it.
		monthlyAmount: Number.isNaN(amount) ? typed : amount,
		scope: {
			...(input.service === undefined ? {} : {service: input.service}),
			...(input.account === undefined ? {} : {account: input.account}),
			...(input.tag === undefined ? {} : {tag: parseTag(input.tag)}),
		},
	});
}

/** "$500.00 a month for service Amazon S3": what a budget is, for a confirmation. */
export function describeBudget(budget: Budget): string {
	return `${formatAmount(parseAmount(String(budget.monthlyAmount)))} a month for ${describeBudgetScope(budget.scope)}`;
}

/** The budgets of the settings file the environment names (AWS_COST_CONFIG_DIR, …). */
export function budgetStoreFor(env: NodeJS.ProcessEnv): BudgetStore {
	return new BudgetStore({cwd: defaultConfigDir(env)});
}

/** Adds a typed budget to the store; a name already taken is refused. */
export async function addBudget(store: BudgetStore, input: BudgetInput): Promise<Budget> {
	const budget = parseBudgetInput(input);
	await store.add(budget);
	return budget;
}
