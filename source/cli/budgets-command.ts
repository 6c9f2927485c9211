import type {Budget} from '../analysis/budgets.js';
import {badInput} from '../errors.js';
import {defaultConfigDir} from '../config-file.js';
import {BudgetStore, parseBudget} from '../insights/budget-config.js';
import {budgetReport, refuseUsageMetric} from '../insights/budget-report.js';
import {budgetOutput, describeBudgetScope} from '../insights/format/budget-output.js';
import {printScopedReports, refuseFlags} from '../insights/scoped-run.js';
import {formatAmount, parseAmount} from '../money.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {buildQueryRequest, QUERY_OPTIONS} from './query-options.js';
import {optionHelp} from './option-help.js';

export const BUDGETS_USAGE = `Usage: aws-cost budgets [options]                  this month against each budget
       aws-cost budgets add --name N --amount USD [--service S] [--account ID] [--tag key=value]
       aws-cost budgets remove N

Budgets are monthly, in dollars, kept in the settings file (AWS_COST_CONFIG_DIR moves it).
The status projects the month end with the forecast: "will exceed by $120.00 on the 24th".

  --metric M            UnblendedCost (default), AmortizedCost, …
${optionHelp('profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const ADD_OPTIONS = {
	name: {type: 'string'},
	amount: {type: 'string'},
	service: {type: 'string'},
	account: {type: 'string'},
	tag: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const;

function storeFor(io: CommandIo): BudgetStore {
	return new BudgetStore({cwd: defaultConfigDir(io.env)});
}

function parseTag(text: string): {key: string; value: string} {
	const match = /^([^=]+)=(.*)$/.exec(text.trim());
	if (!match || match[1]!.trim() === '') throw badInput(`--tag "${text}" is not key=value, e.g. --tag team=web.`);
	return {key: match[1]!.trim(), value: match[2]!.trim()};
}

async function addBudget(argv: readonly string[], io: CommandIo): Promise<number> {
	const {values} = parseCommandArgs(argv, ADD_OPTIONS);
	if (values.help) {
		io.stdout.write(BUDGETS_USAGE);
		return 0;
	}
	if (values.name === undefined || values.amount === undefined) throw badInput('budgets add needs --name and --amount, e.g. --name Storage --amount 500.');
	const amount = Number(values.amount.replace(/^\$/, '').replaceAll(',', ''));
	const budget: Budget = parseBudget({
		name: values.name,
		monthlyAmount: Number.isNaN(amount) ? values.amount : amount,
		scope: {
			...(values.service === undefined ? {} : {service: values.service}),
			...(values.account === undefined ? {} : {account: values.account}),
			...(values.tag === undefined ? {} : {tag: parseTag(values.tag)}),
		},
	});
	const store = storeFor(io);
	await store.add(budget);
	const monthly = formatAmount(parseAmount(String(budget.monthlyAmount)));
	io.stdout.write(`Added budget "${budget.name}": ${monthly} a month for ${describeBudgetScope(budget.scope)} (${store.path}).\n`);
	return 0;
}

async function removeBudget(positionals: readonly string[], io: CommandIo): Promise<number> {
	const name = positionals.join(' ').trim();
	if (name === '') throw badInput('Say which budget to remove: aws-cost budgets remove NAME.');
	await storeFor(io).remove(name);
	io.stdout.write(`Removed budget "${name}".\n`);
	return 0;
}

/** `aws-cost budgets [add|remove]`: this month against each budget, or change the list. */
export function runBudgets(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const [action, ...rest] = argv;
		if (action === 'add') return addBudget(rest, io);
		if (action === 'remove') return removeBudget(parseCommandArgs(rest, {}, true).positionals, io);
		if (action !== undefined && !action.startsWith('-')) throw badInput(`Unknown budgets action "${action}": use add or remove, or no action to list.`);
		const {values} = parseCommandArgs(argv, QUERY_OPTIONS);
		if (values.help) {
			io.stdout.write(BUDGETS_USAGE);
			return 0;
		}
		refuseFlags(values, ['range', 'from', 'to', 'granularity', 'group-by', 'filter', 'exclude-credits'], 'budgets follow this month and their own scope.');
		const budgets = storeFor(io).list();
		const request = buildQueryRequest(values, io.env, {range: 'this-month', granularity: 'DAILY'});
		refuseUsageMetric(request.metric);
		return printScopedReports(request, io, async (engine, scope, label) =>
			budgetOutput(await budgetReport(engine, budgets, {scope, metric: request.metric, cacheMode: request.cacheMode}), label),
		);
	});
}
